import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AvatarProvider, createAvatarProvider } from './render/avatar/avatar-provider';
import { BoardSize } from './render/board/layout';
import { cjkFontFile } from './render/board/rasterize';
import { parseVideoSize } from './render/render-video';
import { createTtsProvider } from './render/speech/tts-factory';
import { TtsProvider } from './render/speech/tts';

export const RENDER_SETTINGS = Symbol('RENDER_SETTINGS');

/** What a render needs besides the script; built once per worker from the environment. */
export interface RenderSettings {
  tts: TtsProvider;
  avatar: AvatarProvider | null;
  size: BoardSize;
}

/**
 * Nest wrapper around json2video: TTS_PROVIDER/TTS_*, AVATAR and VIDEO_SIZE are read at
 * start-up (a bad value, or no Chinese font, stops the worker, naming it) and the speech processes are closed
 * with the application.
 */
@Module({
  providers: [
    {
      provide: RENDER_SETTINGS,
      useFactory: (): RenderSettings => {
        cjkFontFile(); // no Chinese font: stop now, naming the package, not at the first job
        return {
          tts: createTtsProvider(process.env),
          avatar: createAvatarProvider(process.env.AVATAR),
          size: parseVideoSize(process.env.VIDEO_SIZE),
        };
      },
    },
  ],
  exports: [RENDER_SETTINGS],
})
export class RenderModule implements OnApplicationShutdown {
  constructor(@Inject(RENDER_SETTINGS) private readonly settings: RenderSettings) {}

  /** Last, after the queue workers have finished their renders (they close on module destroy). */
  onApplicationShutdown(): Promise<void> {
    return this.settings.tts.close();
  }
}
