import { Client } from 'minio';
import { startFaultStack } from '../helpers/fault-stack';

describe('fault suite: object storage unavailable', () => {
  let stack: Awaited<ReturnType<typeof startFaultStack>>;
  beforeAll(async () => {
    stack = await startFaultStack({}, true);
  }, 120_000);
  afterAll(() => stack?.close());

  it('11. storage down at upload time: never a FINISHED row without its objects; finishes once it is back', async () => {
    const token = await stack.signup('s3@faults.test');
    const worker = await stack.startWorker();
    const id = await stack.textJob(token, 'x^2-5x+6=0');
    await stack.waitFor(id, (r) => r.status === 'WAIT_JSON2VIDEO' && r.percent > 30);
    await stack.s3!.stop();
    const downAt = Date.now();
    // Down until the render has really tried to deliver and failed (its log says so), not
    // for a fixed time that the upload might fall outside of.
    const attemptFailed = new RegExp(`"jobId":"${id}".*"msg":"attempt failed"`);
    while (!attemptFailed.test(worker.output())) {
      if (Date.now() - downAt > 90_000) throw new Error(`no failed upload:\n${worker.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The store was down when the render delivered: the row must not claim success.
    expect((await stack.row(id)).status).toBe('WAIT_JSON2VIDEO');
    await stack.s3!.start();
    const row = await stack.waitFor(id, (r) => r.status === 'FINISHED' || r.status === 'FAILED');
    expect(row.status).toBe('FINISHED');
    const s3 = new URL(stack.s3!.endpoint);
    const client = new Client({
      endPoint: s3.hostname,
      port: Number(s3.port),
      useSSL: false,
      accessKey: stack.s3!.accessKey,
      secretKey: stack.s3!.secretKey,
      region: 'us-east-1',
    });
    const stat = await client.statObject('dogmath-faults', row.video_key!);
    expect(stat.size).toBeGreaterThan(10_000);
    console.log(
      `fault 11: finished ${((Date.now() - downAt) / 1000).toFixed(1)} s after the store went down`,
    );
  }, 120_000);
});
