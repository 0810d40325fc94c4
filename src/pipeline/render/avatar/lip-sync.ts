import { Eyes, Mouth } from './teacher-svg';

/** Mouth and eyes change at most this often: 12.5 updates a second reads as speech. */
export const AVATAR_STEP_SECONDS = 0.08;

export interface AvatarFrame {
  mouth: Mouth;
  eyes: Eyes;
  seconds: number;
}

/** Loudness (RMS, 0..1) below which the mouth rests, and above which it opens wide. */
const QUIET = 0.015;
const LOUD = 0.09;

/**
 * Plans the avatar for one scene: closed mouth during the lead-in and tail pauses and
 * wherever the speech is quiet, open in proportion to loudness while speaking; a blink
 * every few seconds. Consecutive equal frames are merged.
 */
export function planAvatar(
  envelope: number[],
  leadIn: number,
  tail: number,
  sceneIndex: number,
): AvatarFrame[] {
  const steps: { mouth: Mouth; eyes: Eyes }[] = [];
  const lead = Math.round(leadIn / AVATAR_STEP_SECONDS);
  const end = Math.round(tail / AVATAR_STEP_SECONDS);
  const mouths: Mouth[] = [
    ...Array(lead).fill('rest'),
    ...envelope.map((v): Mouth => (v < QUIET ? 'rest' : v < LOUD ? 'small' : 'open')),
    ...Array(end).fill('rest'),
  ];
  mouths.forEach((mouth, i) => {
    // Blinks about every 3.5 s, offset per scene so they do not look mechanical.
    const phase = (i + sceneIndex * 17) % 44;
    steps.push({ mouth, eyes: phase === 0 || phase === 1 ? 'closed' : 'open' });
  });
  const frames: AvatarFrame[] = [];
  for (const s of steps) {
    const prev = frames[frames.length - 1];
    if (prev && prev.mouth === s.mouth && prev.eyes === s.eyes) prev.seconds += AVATAR_STEP_SECONDS;
    else frames.push({ ...s, seconds: AVATAR_STEP_SECONDS });
  }
  return frames;
}
