package dev.touchpoint.slo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A strict reader of OpenSLO v1 (github.com/OpenSLO/OpenSLO, the v1 section of its README and its
 * Go model): every object may hold only the fields the specification defines, must hold the ones it
 * requires, and each value must have the specification's format. References between documents
 * (an SLO's service and alert policies, a policy's notification targets) must resolve. Returns one
 * line per violation, so a test shows all of them at once.
 */
final class OpenSloV1 {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern DURATION = Pattern.compile("[0-9]+[mhdwMQY]");
  private static final Set<String> KINDS = Set.of("SLO", "SLI", "DataSource", "Service", "AlertPolicy",
      "AlertCondition", "AlertNotificationTarget");
  private static final List<String> BUDGETING = List.of("Occurrences", "Timeslices", "RatioTimeslices");
  private static final List<String> OPERATORS = List.of("lt", "lte", "gt", "gte");

  private final List<String> problems = new ArrayList<>();
  private final Map<String, Set<String>> names = Map.of("Service", new HashSet<>(), "AlertPolicy", new HashSet<>(),
      "AlertNotificationTarget", new HashSet<>());
  private final List<String[]> references = new ArrayList<>();

  static List<String> violations(String yaml) {
    OpenSloV1 reader = new OpenSloV1();
    try (MappingIterator<JsonNode> documents = YAMLMapper.builder().build().readerFor(JsonNode.class).readValues(yaml)) {
      int index = 0;
      while (documents.hasNext()) {
        reader.document("document " + index++, documents.next());
      }
    }
    for (String[] reference : reader.references) {
      if (!reader.names.get(reference[1]).contains(reference[2])) {
        reader.problems.add(reference[0] + ": no " + reference[1] + " named " + reference[2]);
      }
    }
    return reader.problems;
  }

  private void document(String where, JsonNode document) {
    fields(where, document, Set.of("apiVersion", "kind", "metadata", "spec"), Set.of("apiVersion", "kind", "metadata", "spec"));
    if (!"openslo/v1".equals(text(document, "apiVersion"))) {
      problems.add(where + ": apiVersion must be openslo/v1, not " + document.get("apiVersion"));
    }
    String kind = text(document, "kind");
    if (!KINDS.contains(kind)) {
      problems.add(where + ": kind " + kind + " is not an OpenSLO v1 kind");
      return;
    }
    String name = metadata(where + " (" + kind + ")", document.get("metadata"));
    where = kind + " " + name;
    if (names.containsKey(kind)) {
      names.get(kind).add(name);
    }
    JsonNode spec = document.get("spec");
    switch (kind) {
      case "Service" -> fields(where, spec, Set.of("description"), Set.of());
      case "SLO" -> slo(where, spec);
      case "AlertPolicy" -> alertPolicy(where, spec);
      case "AlertCondition" -> alertCondition(where, spec);
      case "AlertNotificationTarget" -> {
        fields(where, spec, Set.of("description", "target"), Set.of("target"));
        nonEmpty(where + ".target", spec.get("target"));
      }
      default -> problems.add(where + ": not checked by this reader");
    }
  }

  private String metadata(String where, JsonNode metadata) {
    if (metadata == null) {
      return "(unnamed)";
    }
    fields(where + ".metadata", metadata, Set.of("name", "displayName", "labels", "annotations"), Set.of("name"));
    String name = text(metadata, "name");
    if (name == null || !NAME.matcher(name).matches()) {
      problems.add(where + ".metadata.name " + name + " is not an RFC 1123 label (63 lowercase letters, digits, '-')");
    }
    JsonNode labels = metadata.get("labels");
    if (labels != null) {
      for (Map.Entry<String, JsonNode> label : labels.properties()) {
        boolean listOfText = label.getValue().isArray() && !label.getValue().isEmpty();
        for (JsonNode value : label.getValue()) {
          listOfText &= value.isString();
        }
        if (!listOfText && !label.getValue().isString()) {
          problems.add(where + ".metadata.labels." + label.getKey() + " must be a text or a list of texts");
        }
      }
    }
    return name;
  }

  private void slo(String where, JsonNode spec) {
    fields(where, spec, Set.of("description", "service", "indicator", "indicatorRef", "budgetingMethod", "timeWindow",
        "objectives", "alertPolicies"), Set.of("service", "budgetingMethod", "objectives"));
    if (spec.has("indicator") == spec.has("indicatorRef")) {
      problems.add(where + ": exactly one of indicator and indicatorRef");
    }
    if (spec.has("indicator")) {
      JsonNode indicator = spec.get("indicator");
      fields(where + ".indicator", indicator, Set.of("metadata", "spec"), Set.of("metadata", "spec"));
      metadata(where + ".indicator", indicator.get("metadata"));
      sli(where + ".indicator.spec", indicator.get("spec"));
    }
    references.add(new String[] {where + ".service", "Service", text(spec, "service")});
    if (!BUDGETING.contains(text(spec, "budgetingMethod"))) {
      problems.add(where + ".budgetingMethod " + spec.get("budgetingMethod") + " is not one of " + BUDGETING);
    }
    JsonNode windows = spec.get("timeWindow");
    if (windows != null) {
      if (!windows.isArray() || windows.size() != 1) {
        problems.add(where + ".timeWindow must be a list of one time window");
      }
      for (JsonNode window : windows) {
        fields(where + ".timeWindow", window, Set.of("duration", "isRolling", "calendar"), Set.of("duration", "isRolling"));
        duration(where + ".timeWindow.duration", window.get("duration"));
        if (window.has("isRolling") && !window.get("isRolling").isBoolean()) {
          problems.add(where + ".timeWindow.isRolling must be true or false");
        }
      }
    }
    JsonNode objectives = spec.get("objectives");
    if (objectives == null || !objectives.isArray() || objectives.isEmpty()) {
      problems.add(where + ".objectives must list at least one objective");
    } else {
      for (JsonNode objective : objectives) {
        fields(where + ".objectives", objective, Set.of("displayName", "op", "value", "target", "targetPercent",
            "timeSliceTarget", "timeSliceWindow", "indicator", "indicatorRef", "compositeWeight"), Set.of());
        JsonNode target = objective.get("target");
        if (target == null || !target.isNumber() || target.asDouble() <= 0 || target.asDouble() >= 1) {
          problems.add(where + ".objectives.target " + target + " must be a number above 0 and below 1");
        }
      }
    }
    for (JsonNode policy : spec.path("alertPolicies")) {
      if (policy.isString()) {
        references.add(new String[] {where + ".alertPolicies", "AlertPolicy", policy.asString()});
      } else {
        problems.add(where + ".alertPolicies: this reader expects names of AlertPolicy documents");
      }
    }
  }

  private void sli(String where, JsonNode spec) {
    fields(where, spec, Set.of("thresholdMetric", "ratioMetric"), Set.of());
    if (spec.has("thresholdMetric") == spec.has("ratioMetric")) {
      problems.add(where + ": exactly one of thresholdMetric and ratioMetric");
      return;
    }
    JsonNode ratio = spec.get("ratioMetric");
    if (ratio == null) {
      return;
    }
    fields(where + ".ratioMetric", ratio, Set.of("counter", "good", "bad", "total", "rawType", "raw"), Set.of("counter"));
    if (!ratio.path("counter").isBoolean()) {
      problems.add(where + ".ratioMetric.counter must be true or false");
    }
    if (!(ratio.has("total") && (ratio.has("good") ^ ratio.has("bad"))) && !ratio.has("raw")) {
      problems.add(where + ".ratioMetric needs total with one of good and bad, or raw");
    }
    for (String part : List.of("good", "bad", "total", "raw")) {
      JsonNode metric = ratio.get(part);
      if (metric != null) {
        fields(where + "." + part, metric, Set.of("metricSource"), Set.of("metricSource"));
        JsonNode source = metric.path("metricSource");
        fields(where + "." + part + ".metricSource", source, Set.of("metricSourceRef", "type", "spec"), Set.of("spec"));
        if (!source.has("metricSourceRef") && !source.has("type")) {
          problems.add(where + "." + part + ".metricSource needs a type or a metricSourceRef");
        }
        nonEmpty(where + "." + part + ".metricSource.spec.query", source.path("spec").get("query"));
      }
    }
  }

  private void alertPolicy(String where, JsonNode spec) {
    fields(where, spec, Set.of("description", "alertWhenNoData", "alertWhenBreaching", "alertWhenResolved",
        "conditions", "notificationTargets"), Set.of("conditions", "notificationTargets"));
    if (text(spec, "description") != null && text(spec, "description").length() > 1050) {
      problems.add(where + ".description is longer than 1050 characters");
    }
    for (String flag : List.of("alertWhenNoData", "alertWhenBreaching", "alertWhenResolved")) {
      if (spec.has(flag) && !spec.get(flag).isBoolean()) {
        problems.add(where + "." + flag + " must be true or false");
      }
    }
    JsonNode conditions = spec.get("conditions");
    if (conditions == null || !conditions.isArray() || conditions.isEmpty()) {
      problems.add(where + ".conditions must list at least one condition");
    } else {
      for (JsonNode condition : conditions) {
        if (condition.has("conditionRef")) {
          fields(where + ".conditions", condition, Set.of("conditionRef"), Set.of("conditionRef"));
        } else {
          fields(where + ".conditions", condition, Set.of("kind", "metadata", "spec"), Set.of("kind", "metadata", "spec"));
          if (!"AlertCondition".equals(text(condition, "kind"))) {
            problems.add(where + ".conditions.kind must be AlertCondition");
          }
          String name = metadata(where + ".conditions", condition.get("metadata"));
          alertCondition(where + ".conditions " + name, condition.path("spec"));
        }
      }
    }
    for (JsonNode target : spec.path("notificationTargets")) {
      if (target.has("targetRef")) {
        fields(where + ".notificationTargets", target, Set.of("targetRef"), Set.of("targetRef"));
        references.add(new String[] {where + ".notificationTargets", "AlertNotificationTarget", text(target, "targetRef")});
      } else {
        problems.add(where + ".notificationTargets: this reader expects targetRef");
      }
    }
  }

  private void alertCondition(String where, JsonNode spec) {
    fields(where, spec, Set.of("description", "severity", "condition"), Set.of("severity", "condition"));
    nonEmpty(where + ".severity", spec.get("severity"));
    JsonNode condition = spec.path("condition");
    fields(where + ".condition", condition, Set.of("kind", "op", "threshold", "lookbackWindow", "alertAfter"),
        Set.of("kind", "op", "threshold", "lookbackWindow", "alertAfter"));
    if (!"burnrate".equals(text(condition, "kind"))) {
      problems.add(where + ".condition.kind must be burnrate");
    }
    if (!OPERATORS.contains(text(condition, "op"))) {
      problems.add(where + ".condition.op " + condition.get("op") + " is not one of " + OPERATORS);
    }
    if (!condition.path("threshold").isNumber()) {
      problems.add(where + ".condition.threshold must be a number");
    }
    duration(where + ".condition.lookbackWindow", condition.get("lookbackWindow"));
    duration(where + ".condition.alertAfter", condition.get("alertAfter"));
  }

  private void fields(String where, JsonNode object, Set<String> allowed, Set<String> required) {
    if (object == null || !object.isObject()) {
      problems.add(where + " must be an object");
      return;
    }
    for (String name : object.propertyNames()) {
      if (!allowed.contains(name)) {
        problems.add(where + ": " + name + " is not an OpenSLO v1 field here");
      }
    }
    for (String name : required) {
      if (!object.has(name) || object.get(name).isNull()) {
        problems.add(where + ": " + name + " is required");
      }
    }
  }

  private void duration(String where, JsonNode value) {
    if (value == null || !value.isString() || !DURATION.matcher(value.asString()).matches()) {
      problems.add(where + " " + value + " is not a duration shorthand ([0-9]+ and one of m h d w M Q Y)");
    }
  }

  private void nonEmpty(String where, JsonNode value) {
    if (value == null || !value.isString() || value.asString().isBlank()) {
      problems.add(where + " must be a non-empty text");
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || !value.isString() ? null : value.asString();
  }
}
