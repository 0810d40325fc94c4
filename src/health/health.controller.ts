import { Controller, Get } from '@nestjs/common';

@Controller('health')
export class HealthController {
  /** Liveness of the HTTP process; dependency checks join as the service gains them. */
  @Get()
  check(): { status: 'ok'; uptimeSeconds: number } {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }
}
