import { ValidationPipe, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import type { AppConfig } from '../../../libs/config/src/config.js';
import { ApiModule } from './app.module.js';
import { RedisIoAdapter, socketKey } from './realtime/redis-io.adapter.js';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug'];

/** Builds the api (used by main.ts, tests and benchmarks): not yet listening. */
export async function createApi(config: AppConfig, opts: { logger?: LogLevel[] | false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bodyParser: false,
    logger: opts.logger ?? LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
  });
  app.setGlobalPrefix('api');
  // Webhooks need the raw bytes for signature checks; everything else is JSON.
  app.use('/api/webhooks', express.raw({ type: () => true, limit: config.webhookBodyLimitBytes }));
  app.use(express.json({ limit: '1mb' }));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true, forbidUnknownValues: false }));
  app.enableShutdownHooks();
  const adapter = new RedisIoAdapter(app, config.redisUrl, socketKey(config.queuePrefix));
  await adapter.connect();
  app.useWebSocketAdapter(adapter);

  const doc = new DocumentBuilder()
    .setTitle('Critique inbox API')
    .setDescription('Community inbox for handling criticism well. Realtime events: socket.io on the same port, auth: {token}.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, doc), { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
