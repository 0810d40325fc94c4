import { MathRecognizer } from '../recognition/math/math.recognizer';
import { buildScript } from '../script/script-builder';
import { solveText } from '../providers/solve-text';
import { serveThread } from './thread-host';
import { RecognizeRequest, SolveRequest } from './reader.messages';

/**
 * Runs inside a worker thread of ProblemReader: recognition and solving, never on a
 * process's event loop. The recogniser (≈350 MB of models) loads only in threads that are
 * asked to recognise.
 */
serveThread(() => {
  let recognizer: MathRecognizer | undefined;
  const engine = () => (recognizer ??= new MathRecognizer());
  return {
    warmUp: async () => {
      await engine().warmUp();
      return null;
    },
    recognize: ({ image }: RecognizeRequest) =>
      engine().recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength)),
    solve: (request: SolveRequest) => {
      const { parsed, solution } = solveText(request.text, request.task, request.fromPhoto);
      switch (request.output) {
        case 'script':
          return buildScript(parsed, solution, request.lang, request.source);
        case 'reading':
          return { text: parsed.text, latex: parsed.latex, kind: parsed.kind, task: parsed.task };
        case 'answer':
          return { values: solution.answer.values, method: solution.check?.method };
      }
    },
  };
});
