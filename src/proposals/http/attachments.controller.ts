import { createHash } from 'node:crypto';
import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  StreamableFile,
  UnsupportedMediaTypeException,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentActor, Roles } from '../../auth/auth.decorators';
import { IdGenerator } from '../../shared/clock';
import type { Actor } from '../../shared/domain/actor';
import type { ProposalDetail } from '../application/get-proposal.handler';
import { ProposalNotFound } from '../application/proposal-errors';
import { GetProposalQuery } from '../application/proposal-queries';
import { AttachmentUploadDto } from './attachment-upload.dto';
import { sniffMediaType } from './document-sniffer';
import { Call, type CommandCall } from './command-call.decorator';
import { ProposalCommandSender } from './proposal-command.sender';

const MAX_BYTES = 20 * 1024 * 1024;
const Id = () => Param('id', new ParseUUIDPipe({ version: '4' }));

/** Đề án, tờ trình, biên bản: stored by SHA-256 in PostgreSQL, recorded by an event, read under the same access rules. */
@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api/proposals/:id/attachments')
export class AttachmentsController {
  constructor(
    private readonly sender: ProposalCommandSender,
    private readonly queries: QueryBus,
    private readonly db: DataSource,
    private readonly ids: IdGenerator,
  ) {}

  @Post()
  @Roles('submitter', 'reviewer', 'committee-secretary')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AttachmentUploadDto })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_BYTES, files: 1 } }))
  attach(
    @Id() id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() dto: AttachmentUploadDto,
    @Call() call: CommandCall,
  ) {
    const mediaType = file ? sniffMediaType(file.buffer) : null;
    if (!file || !mediaType) {
      throw new UnsupportedMediaTypeException({
        code: 'ATTACHMENT.UNSUPPORTED_TYPE',
        title: 'Attach one PDF, DOCX, XLSX, ODT, PNG or JPEG file (judged by its content)',
      });
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const attachment = {
      id: this.ids.uuid(),
      name: file.originalname.normalize('NFC'),
      mediaType,
      size: file.size,
      sha256,
      kind: dto.kind,
    };
    return this.sender.send(
      call,
      id,
      { type: 'AttachDocument', data: { attachment } },
      {
        blob: { sha256, mediaType, content: file.buffer },
      },
    );
  }

  @Get(':attachmentId')
  async download(
    @Id() id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @CurrentActor() actor: Actor,
  ) {
    const detail = await this.queries.execute<GetProposalQuery, ProposalDetail>(
      new GetProposalQuery(id, actor),
    );
    const attachment = detail.proposal.attachments.find((a) => a.id === attachmentId);
    if (!attachment) throw new ProposalNotFound(id);
    const [blob]: { content: Buffer }[] = await this.db.query(
      'SELECT content FROM attachment_blobs WHERE sha256 = $1',
      [attachment.sha256],
    );
    return new StreamableFile(blob.content, {
      type: attachment.mediaType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
      length: blob.content.length,
    });
  }
}
