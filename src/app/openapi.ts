import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/**
 * OpenAPI document from the controllers and DTOs, with Swagger UI at /docs and the JSON at
 * /docs-json. Swagger UI's assets come from the swagger-ui-dist npm package (no CDN).
 */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('DogMath API')
    .setDescription(
      'Photo or text of a math problem → checked steps → narrated explainer video. ' +
        'Errors are JSON `{statusCode, message}` with a message that says what to do. ' +
        'Live progress: Socket.IO namespace `/ws/progress/{id}` with `auth: {token}`, event `progress`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config));
}
