/* global process */
// Runs eSpeak NG (WebAssembly, from the espeak-ng npm package) in its own process so that
// synthesis never blocks the caller's event loop. Protocol: one JSON request per stdin
// line {id, voice, text, speed, pitch, out}; one JSON reply per stdout line {id, ok, error}.
import ESpeakNg from 'espeak-ng';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  let request;
  try {
    request = JSON.parse(line);
    const espeak = await ESpeakNg({
      arguments: [
        '-v',
        request.voice,
        '-s',
        String(request.speed),
        '-p',
        String(request.pitch),
        '-w',
        'out.wav',
        request.text,
      ],
      print: () => {},
      printErr: () => {},
    });
    await writeFile(request.out, espeak.FS.readFile('out.wav'));
    process.stdout.write(JSON.stringify({ id: request.id, ok: true }) + '\n');
  } catch (e) {
    process.stdout.write(
      JSON.stringify({ id: request?.id, ok: false, error: String(e?.message ?? e) }) + '\n',
    );
  }
}
