import { MathVideoScript, Scene } from '../script/mvs.types';

/** Quiet before a scene speaks (the board line appears) and after (the viewer reads it). */
export const LEAD_IN_SECONDS = 0.5;
export const TAIL_SECONDS = 0.7;
/** After the practice problem is posed, the video waits this long before its answer. */
export const PRACTICE_PAUSE_SECONDS = 5;

export interface TimedScene {
  scene: Scene;
  index: number;
  start: number;
  /** When the voice starts and stops, on the video's clock. */
  speechStart: number;
  speechEnd: number;
  end: number;
}

export interface Timeline {
  scenes: TimedScene[];
  duration: number;
}

/**
 * Each scene lasts as long as its narration audio plus short pauses, so voice and board
 * stay in sync by construction: the board changes exactly when the scene starts. The
 * practice problem is followed by a pause to try it before its answer.
 */
export function buildTimeline(script: MathVideoScript, speechSeconds: number[]): Timeline {
  if (speechSeconds.length !== script.scenes.length)
    throw new RangeError('one audio length per scene is needed');
  let t = 0;
  const scenes = script.scenes.map((scene, index) => {
    const start = t;
    const speechStart = start + LEAD_IN_SECONDS;
    const speechEnd = speechStart + speechSeconds[index];
    const posed = scene.role === 'practice' && script.scenes[index + 1]?.role === 'practice';
    const end = speechEnd + (posed ? PRACTICE_PAUSE_SECONDS : TAIL_SECONDS);
    t = end;
    return { scene, index, start, speechStart, speechEnd, end };
  });
  return { scenes, duration: t };
}
