import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../auth/decorators';
import { MetricsService } from './metrics.service';

@Controller()
@Public()
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Prometheus text exposition format 0.0.4. */
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return this.metrics.render();
  }
}
