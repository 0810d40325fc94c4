/** The drawn teacher: a friendly 2-D bust. Mouth and eyes vary; everything else is fixed. */
export type Mouth = 'rest' | 'small' | 'open';
export type Eyes = 'open' | 'closed';

export const MOUTHS: readonly Mouth[] = ['rest', 'small', 'open'];
export const EYES: readonly Eyes[] = ['open', 'closed'];

const SKIN = '#f3d2b3';
const HAIR = '#3b2a20';
const SHIRT = '#4f7cac';
const COLLAR = '#f4f1ea';
const LIPS = '#b5544f';

function mouthShape(m: Mouth): string {
  if (m === 'rest')
    return `<path d="M88 141 Q100 146 112 141" stroke="${LIPS}" stroke-width="4" fill="none" stroke-linecap="round"/>`;
  if (m === 'small')
    return `<ellipse cx="100" cy="143" rx="10" ry="5" fill="#6b2b2b" stroke="${LIPS}" stroke-width="3"/>`;
  return `<ellipse cx="100" cy="145" rx="13" ry="10" fill="#6b2b2b" stroke="${LIPS}" stroke-width="3"/><rect x="91" y="136" width="18" height="4" rx="2" fill="#fff"/>`;
}

function eyeShapes(e: Eyes): string {
  if (e === 'closed')
    return `<path d="M72 108 q9 5 18 0 M110 108 q9 5 18 0" stroke="#2a1d16" stroke-width="4" fill="none" stroke-linecap="round"/>`;
  return `<ellipse cx="81" cy="107" rx="6" ry="7" fill="#2a1d16"/><ellipse cx="119" cy="107" rx="6" ry="7" fill="#2a1d16"/><circle cx="83" cy="104" r="2" fill="#fff"/><circle cx="121" cy="104" r="2" fill="#fff"/>`;
}

/** 200 × 240 units, transparent background; scaled to the requested pixel height. */
export function teacherSvg(mouth: Mouth, eyes: Eyes, heightPx: number): string {
  const width = Math.round((heightPx * 200) / 240);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${heightPx}" viewBox="0 0 200 240">
<path d="M20 240 Q22 186 70 176 L130 176 Q178 186 180 240 Z" fill="${SHIRT}"/>
<path d="M78 176 L100 204 L122 176 Z" fill="${COLLAR}"/>
<rect x="86" y="150" width="28" height="30" fill="${SKIN}"/>
<ellipse cx="100" cy="112" rx="48" ry="54" fill="${SKIN}"/>
<path d="M50 104 Q52 52 100 50 Q150 52 150 104 Q142 78 112 72 Q84 86 58 90 Z" fill="${HAIR}"/>
<ellipse cx="52" cy="116" rx="7" ry="12" fill="${SKIN}"/><ellipse cx="148" cy="116" rx="7" ry="12" fill="${SKIN}"/>
<rect x="66" y="95" width="30" height="24" rx="8" fill="none" stroke="#2a1d16" stroke-width="3"/>
<rect x="104" y="95" width="30" height="24" rx="8" fill="none" stroke="#2a1d16" stroke-width="3"/>
<path d="M96 105 L104 105" stroke="#2a1d16" stroke-width="3"/>
${eyeShapes(eyes)}
<path d="M100 112 Q96 126 101 128" stroke="#c99c80" stroke-width="3" fill="none"/>
<circle cx="74" cy="130" r="7" fill="#f0a8a0" opacity="0.5"/><circle cx="126" cy="130" r="7" fill="#f0a8a0" opacity="0.5"/>
${mouthShape(mouth)}
</svg>`;
}
