package dev.touchpoint.examples.telemetry;

import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;

/**
 * Every span as OTLP JSON in a file, an export request a line: the format the OpenTelemetry
 * Collector's file exporter writes, which the experience report reads, so a run with no tracing
 * backend can still be reported on. The JSON comes from the OTLP exporters' own marshaler, in the
 * SDK's release: OpenTelemetry's stdout and file exporters wrap the same one, but their last
 * release (1.63) does not run on this SDK.
 */
public final class OtlpJsonFile implements SpanExporter {

  /** The system property (or Spring property) naming the file; without it, no file. */
  public static final String PROPERTY = "shop.spans.file";

  private final OutputStream out;

  private OtlpJsonFile(OutputStream out) {
    this.out = out;
  }

  /** A span processor that appends every span to {@code file}, as it ends. */
  public static SpanProcessor to(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return SimpleSpanProcessor.create(new OtlpJsonFile(Files.newOutputStream(file, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND)));
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write spans to " + file, unwritable);
    }
  }

  @Override
  public synchronized CompletableResultCode export(Collection<SpanData> spans) {
    try {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      TraceRequestMarshaler.create(spans).writeJsonTo(line);
      line.write('\n');
      line.writeTo(out);
      out.flush();
      return CompletableResultCode.ofSuccess();
    } catch (IOException failed) {
      return CompletableResultCode.ofFailure();
    }
  }

  @Override
  public CompletableResultCode flush() {
    return CompletableResultCode.ofSuccess();
  }

  @Override
  public synchronized CompletableResultCode shutdown() {
    try {
      out.close();
      return CompletableResultCode.ofSuccess();
    } catch (IOException failed) {
      return CompletableResultCode.ofFailure();
    }
  }
}
