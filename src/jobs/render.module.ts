import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '../config/environment';
import { buildRenderSettings, RenderSettings } from '../pipeline/render/render-settings';

export const RENDER_SETTINGS = Symbol('RENDER_SETTINGS');
export type { RenderSettings };

/**
 * Nest wrapper around json2video: the render settings (TTS_*, AVATAR, VIDEO_SIZE,
 * FFMPEG_PATH, CJK_FONT_FILE) come from the validated Environment at start-up — a bad value
 * or no Chinese font stops the worker, naming it — and the speech processes are closed with
 * the application.
 */
@Module({
  providers: [
    {
      provide: RENDER_SETTINGS,
      inject: [Environment],
      useFactory: (env: Environment): RenderSettings => buildRenderSettings(env),
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
