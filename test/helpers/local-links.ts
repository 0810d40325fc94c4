import { INestApplication, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { LocalFilesController } from '../../src/storage/local-files.controller';
import { LocalDiskStorage } from '../../src/storage/local.storage';
import { OBJECT_STORAGE } from '../../src/storage/object-storage';
import { freePort } from './free-port';

/**
 * A LocalDiskStorage whose links point at the API's own /files route, served alone on a
 * free port: the local driver's links are opened over HTTP exactly as in production.
 */
export async function localStorageWithLinks(dir: string, signingKey: string) {
  const url = `http://127.0.0.1:${await freePort()}`;
  const storage = new LocalDiskStorage(dir, url, signingKey);
  @Module({
    controllers: [LocalFilesController],
    providers: [{ provide: OBJECT_STORAGE, useValue: storage }],
  })
  class LinksModule {}
  const moduleRef = await Test.createTestingModule({ imports: [LinksModule] }).compile();
  const app: INestApplication = moduleRef.createNestApplication({ logger: false });
  await app.listen(Number(new URL(url).port), '127.0.0.1');
  return { storage, close: () => app.close() };
}
