import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { Controller, Get } from '@nestjs/common';
import { ApiModule } from '../src/app/api.module';
import { AllExceptionsFilter } from '../src/common/all-exceptions.filter';
import { validateEnvironment } from '../src/config/environment';

@Controller('boom')
class BoomController {
  @Get()
  boom(): never {
    throw new Error('database password is hunter2');
  }
}

describe('API process', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ApiModule],
      controllers: [BoomController],
    }).compile();
    // Silent: the 500 test throws on purpose and must not print a fake secret to the CI log.
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new AllExceptionsFilter());
    await app.init();
  });
  afterAll(() => app.close());

  it('answers /health', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok' });
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await request(app.getHttpServer()).get('/no-such-route').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404 });
  });

  it('never leaks internals in a 500', async () => {
    const res = await request(app.getHttpServer()).get('/boom').expect(500);
    expect(res.body).toEqual({ statusCode: 500, message: 'Internal server error' });
    expect(JSON.stringify(res.body)).not.toContain('hunter2');
  });
});

describe('configuration', () => {
  it('applies defaults', () => {
    expect(validateEnvironment({})).toMatchObject({ PORT: 8000, SCRIPT_PROVIDER: 'offline' });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ SCRIPT_PROVIDER: 'magic' }, /SCRIPT_PROVIDER/],
    [
      { SCRIPT_PROVIDER: 'llm', LLM_BASE_URL: 'http://127.0.0.1:1/v1', LLM_MODEL: 'm' },
      /LLM_API_KEY: required when SCRIPT_PROVIDER=llm/,
    ],
    [{ LLM_TIMEOUT_MS: '-5' }, /LLM_TIMEOUT_MS/],
  ])('refuses %j, naming the variable', (raw, message) => {
    expect(() => validateEnvironment(raw)).toThrow(message);
  });

  it('connects to Postgres with the DataSource from ormconfig.ts', async () => {
    process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
    const { default: dataSource } = await import('../ormconfig');
    await dataSource.initialize();
    const [row] = await dataSource.query('SELECT 1 + 1 AS two');
    expect(row.two).toBe(2);
    await dataSource.destroy();
  });
});
