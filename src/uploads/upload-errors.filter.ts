import {
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpException,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { Response } from 'express';
import { sendHttpError } from '../common/all-exceptions.filter';
import { Environment } from '../config/environment';

/** Multer's terse errors ("File too large", "Unexpected field") rewritten to say what to do. */
@Catch(HttpException)
export class UploadErrorsFilter implements ExceptionFilter {
  constructor(private readonly env: Environment) {}

  catch(exception: HttpException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    let error = exception;
    if (exception instanceof PayloadTooLargeException)
      error = new PayloadTooLargeException(
        `The photo is larger than ${Math.round(this.env.MAX_UPLOAD_BYTES / 1048576)} MB. Send a smaller photo.`,
      );
    else if (/Unexpected field|Too many (files|fields|parts)/i.test(exception.message))
      error = new BadRequestException(
        'Send one photo in the form field "image", or the problem in "text", and optionally "lang".',
      );
    sendHttpError(res, error);
  }
}
