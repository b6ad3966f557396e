package dev.touchpoint.agent;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the platform team asked for. Each setting is read from the agent arguments
 * ({@code -javaagent:touchpoint-agent.jar=config=touchpoints.yaml,sdk=true}), then the system
 * property {@code touchpoint.agent.<name>}, then the environment variable
 * {@code TOUCHPOINT_AGENT_<NAME>}. The runtime's own settings ({@link #RUNTIME_SETTINGS}) may be
 * given as agent arguments too.
 *
 * @param configFile touchpoints declared for code that cannot change, or null
 * @param sdkEnabled whether the agent may install its own OpenTelemetry SDK when nobody else does
 */
public record AgentSettings(boolean enabled, Path configFile, boolean sdkEnabled, boolean debug,
    Map<String, String> runtimeProperties) {

  public static final String ENABLED = "enabled";
  public static final String CONFIG = "config";
  public static final String SDK = "sdk.enabled";
  public static final String DEBUG = "debug";

  /**
   * Settings of the runtime itself, which the agent passes on as system properties so that a
   * platform team configures everything in one place: which end-customer claims from other
   * services to trust, the key customer ids are pseudonymised with and whether their pseudonyms go
   * on to the services this one calls, and whether samplers see a span's attributes.
   */
  static final java.util.List<String> RUNTIME_SETTINGS = java.util.List.of(
      "inbound.trust-every-caller", "inbound.segments", "pseudonym.key", "pseudonym.propagate",
      "span.attributes-at-start");

  public static AgentSettings from(String arguments) {
    Map<String, String> given = parseArguments(arguments);
    String config = setting(given, CONFIG);
    Map<String, String> runtime = new HashMap<>();
    for (String name : RUNTIME_SETTINGS) {
      if (given.containsKey(name)) {
        runtime.put("touchpoint." + name, given.get(name));
      }
    }
    return new AgentSettings(
        !"false".equalsIgnoreCase(setting(given, ENABLED)),
        config == null || config.isBlank() ? null : Path.of(config.strip()),
        "true".equalsIgnoreCase(setting(given, SDK)),
        "true".equalsIgnoreCase(setting(given, DEBUG)),
        Map.copyOf(runtime));
  }

  /** Passes the runtime's settings on, without overriding a system property set explicitly. */
  void applyRuntimeProperties() {
    for (Map.Entry<String, String> property : runtimeProperties.entrySet()) {
      if (System.getProperty(property.getKey()) == null) {
        System.setProperty(property.getKey(), property.getValue());
      }
    }
  }

  private static Map<String, String> parseArguments(String arguments) {
    Map<String, String> parsed = new HashMap<>();
    if (arguments == null || arguments.isBlank()) {
      return parsed;
    }
    for (String pair : arguments.split(",")) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        AgentLog.error("agent argument \"" + pair + "\" is not name=value (for example"
            + " config=touchpoints.yaml); it is ignored");
        continue;
      }
      String name = pair.substring(0, equals).strip();
      parsed.put(name.equals("sdk") ? SDK : name, pair.substring(equals + 1).strip());
    }
    return parsed;
  }

  // Not the runtime's Settings: the runtime jar joins the class path only after these are read.
  private static String setting(Map<String, String> arguments, String name) {
    String value = arguments.get(name);
    if (value == null) {
      value = System.getProperty("touchpoint.agent." + name);
    }
    if (value == null) {
      value = System.getenv("TOUCHPOINT_AGENT_" + name.replace('.', '_').toUpperCase(Locale.ROOT));
    }
    return value;
  }
}
