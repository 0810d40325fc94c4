import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';

/** Debian's fonts-noto-cjk; loading one file is several times faster than every system font. */
const DEFAULT_CJK_FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** External tools the renderer runs or loads. */
export interface RenderTools {
  /** FFmpeg binary (default: the one in @ffmpeg-installer/ffmpeg's platform package). */
  ffmpegPath: string;
  /** Font file for board text, Chinese and Latin (default: Debian's Noto Sans CJK). */
  cjkFontFile: string;
}

let tools: RenderTools = {
  ffmpegPath: ffmpegInstaller.path,
  cjkFontFile: DEFAULT_CJK_FONT_FILE,
};

/**
 * Set once by a composition root (the worker's RenderModule, the CLI) from the validated
 * settings; the pipeline itself never reads the environment. Unset fields keep defaults.
 */
export function configureRenderTools(settings: Partial<RenderTools>): void {
  tools = {
    ffmpegPath: settings.ffmpegPath || tools.ffmpegPath,
    cjkFontFile: settings.cjkFontFile || tools.cjkFontFile,
  };
}

export const renderTools = (): Readonly<RenderTools> => tools;
