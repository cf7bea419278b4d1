import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppOptions } from '../app.module';
import { mountQueueDashboard } from '../notifications/http/queue-dashboard';
import { useJsonBodies } from './body-parsing';
import { NfcPipe } from './nfc.pipe';
import { validationPipe } from './validation';

/** Builds the HTTP application exactly as production runs it; e2e tests use the same function. */
export const createApp = async (options: AppOptions): Promise<INestApplication> => {
  const app = await NestFactory.create(AppModule.forRoot(options), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  useJsonBodies(app);
  mountQueueDashboard(app);
  app.useGlobalPipes(new NfcPipe(), validationPipe());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Restructuring Approvals')
      .setDescription(
        'Đề án sắp xếp tổ chức bộ máy: submission, appraisal, consultation, Standing Committee vote',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
};
