package dev.touchpoint.spring.own;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** An application with no OpenTelemetry bean: whatever registered itself globally is used. */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = OpenTelemetrySdkAutoConfiguration.class, excludeName =
    "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration")
public class NoTelemetry {}
