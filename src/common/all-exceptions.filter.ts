import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';

/** An HTTP error as JSON: `{statusCode, message, …}` whether it was built from a string or an object. */
export function sendHttpError(res: Response, exception: HttpException): void {
  const body = exception.getResponse();
  res
    .status(exception.getStatus())
    .json(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
}

/** HTTP errors keep their message; anything else is a 500 that reveals nothing internal. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Unhandled');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      sendHttpError(res, exception);
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ statusCode: 500, message: 'Internal server error' });
  }
}
