import { AvatarProvider, createAvatarProvider } from './avatar/avatar-provider';
import { BoardSize } from './board/layout';
import { cjkFontFile } from './board/rasterize';
import { configureRenderTools } from './render-tools';
import { parseVideoSize } from './video-size';
import { createTtsProvider, TtsSettings } from './speech/tts-factory';
import { TtsProvider } from './speech/tts';

/** What a render needs besides the script. */
export interface RenderSettings {
  tts: TtsProvider;
  avatar: AvatarProvider | null;
  size: BoardSize;
}

/** The render and tool settings, as the validated environment holds them. */
export interface RenderConfig extends TtsSettings {
  AVATAR?: string;
  VIDEO_SIZE?: string;
  FFMPEG_PATH?: string;
  CJK_FONT_FILE?: string;
}

/**
 * Everything a render needs, from the settings: the tools (FFmpeg, the CJK font — checked
 * now, so a missing font stops start-up naming the package rather than the first job), the
 * speech provider, the avatar and the frame size. Each bad value throws naming it.
 */
export function buildRenderSettings(config: RenderConfig): RenderSettings {
  configureRenderTools({ ffmpegPath: config.FFMPEG_PATH, cjkFontFile: config.CJK_FONT_FILE });
  cjkFontFile();
  const size = parseVideoSize(config.VIDEO_SIZE);
  const avatar = createAvatarProvider(config.AVATAR);
  return { tts: createTtsProvider(config), avatar, size };
}
