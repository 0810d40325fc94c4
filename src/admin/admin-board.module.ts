import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IMAGE2JSON, JSON2VIDEO } from '../queue/queue.contracts';
import { AdminGate } from './admin-gate';
import { UsersAdminController } from './users-admin.controller';

/** Bull Board at /admin/queues and account administration at /admin/users, for admins only. */
@Module({
  imports: [AuthModule],
  providers: [AdminGate],
  exports: [AdminGate],
})
class AdminGateModule {}

@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [AdminGateModule],
      inject: [AdminGate],
      useFactory: (gate: AdminGate) => ({
        route: '/admin/queues',
        adapter: ExpressAdapter,
        middleware: gate.middleware,
      }),
    }),
    BullBoardModule.forFeature(
      { name: IMAGE2JSON, adapter: BullMQAdapter },
      { name: JSON2VIDEO, adapter: BullMQAdapter },
    ),
    AuthModule,
  ],
  controllers: [UsersAdminController],
})
export class AdminBoardModule {}
