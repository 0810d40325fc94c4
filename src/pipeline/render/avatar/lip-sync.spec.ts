import { AVATAR_STEP_SECONDS, planAvatar } from './lip-sync';
import { teacherSvg } from './teacher-svg';

describe('avatar lip sync', () => {
  const speech = [0.2, 0.05, 0.3, 0.0, 0.0, 0.12, 0.01, 0.2];
  const frames = planAvatar(speech, 0.48, 0.64, 0);
  const total = frames.reduce((a, f) => a + f.seconds, 0);

  it('covers the whole scene', () => {
    expect(total).toBeCloseTo(0.48 + 0.64 + speech.length * AVATAR_STEP_SECONDS, 6);
  });

  it('rests during the pauses and moves while speaking', () => {
    expect(frames[0].mouth).toBe('rest');
    expect(frames.at(-1)!.mouth).toBe('rest');
    const mouths = new Set(frames.map((f) => f.mouth));
    expect(mouths).toEqual(new Set(['rest', 'small', 'open']));
  });

  it('blinks now and then', () => {
    const long = planAvatar(Array(100).fill(0.2), 0, 0, 1);
    expect(long.some((f) => f.eyes === 'closed')).toBe(true);
    expect(long.filter((f) => f.eyes === 'closed').reduce((a, f) => a + f.seconds, 0)).toBeLessThan(
      0.5,
    );
  });

  it('draws distinct mouth shapes', () => {
    expect(teacherSvg('rest', 'open', 240)).not.toBe(teacherSvg('open', 'open', 240));
    expect(teacherSvg('open', 'closed', 240)).toMatch(/^<svg/);
  });
});
