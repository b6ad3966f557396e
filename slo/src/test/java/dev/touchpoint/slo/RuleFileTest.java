package dev.touchpoint.slo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Prometheus rules, checked by Prometheus's own promtool: the file is valid, and rule
 * unit tests (input series, then expected recorded values and alerts) show that a promise broken
 * often enough pages its owner and a kept one does not.
 */
class RuleFileTest {

  @TempDir Path work;

  @Test
  void everyGeneratedRuleFileIsValid() throws Exception {
    Promtool promtool = Promtool.onPath();
    // Five recorded ratios, and two alerts per touchpoint × promise: three in the storefront, two in payments.
    Path storefront = ServiceLevels.write(Fixtures.storefront(work), work.resolve("out")).get(1);
    Path payments = ServiceLevels.write(Fixtures.payments(work), work.resolve("out")).get(1);

    assertThat(promtool.checkRules(storefront)).contains("SUCCESS: 11 rules found");
    assertThat(promtool.checkRules(payments)).contains("SUCCESS: 9 rules found");
  }

  @Test
  void aPromiseBrokenFastPagesItsOwnerAndAKeptOneDoesNot() throws Exception {
    Promtool promtool = Promtool.onPath();
    Path rules = ServiceLevels.write(Fixtures.storefront(work), work.resolve("out")).get(1);
    // Every minute for two hours: checkout.place-order keeps "fast" in 7 calls of 10 (objective
    // 99.5%: 60 times the sustainable error rate) and "right-first-time" in every call.
    Path tests = Files.writeString(work.resolve("tests.yaml"), """
        rule_files: [%s]
        evaluation_interval: 1m
        tests:
          - interval: 1m
            input_series:
              - series: 'cx_promise_outcomes_total{job="storefront",cx_touchpoint="checkout.place-order",cx_promise="fast",cx_promise_outcome="kept"}'
                values: '0+7x120'
              - series: 'cx_promise_outcomes_total{job="storefront",cx_touchpoint="checkout.place-order",cx_promise="fast",cx_promise_outcome="broken"}'
                values: '0+3x120'
              - series: 'cx_promise_outcomes_total{job="storefront",cx_touchpoint="checkout.place-order",cx_promise="right-first-time",cx_promise_outcome="kept"}'
                values: '0+10x120'
            promql_expr_test:
              - expr: touchpoint:cx_promise_kept:ratio_rate5m
                eval_time: 60m
                exp_samples:
                  - labels: 'touchpoint:cx_promise_kept:ratio_rate5m{job="storefront",cx_touchpoint="checkout.place-order",cx_promise="fast"}'
                    value: 0.7
                  - labels: 'touchpoint:cx_promise_kept:ratio_rate5m{job="storefront",cx_touchpoint="checkout.place-order",cx_promise="right-first-time"}'
                    value: 1
            alert_rule_test:
              - alertname: CxPromiseErrorBudgetBurn
                eval_time: 60m
                exp_alerts:
                  - exp_labels:
                      severity: page
                      owner: checkout-team
                      customer_kind: external
                      customer_segment: shopper
                      journey: checkout
                      burn_window: 1h
                      job: storefront
                      cx_touchpoint: checkout.place-order
                      cx_promise: fast
                    exp_annotations:
                      summary: 'checkout.place-order is breaking its promise "fast" to external shopper 14.4 times faster than its 99.5%% objective allows'
                      description: 'Over the last 1h and 5m, more than 14.4 × 0.005 of the calls of checkout.place-order broke "fast" (within 300ms): at this rate the 28-day error budget is gone in 47 hours.'
                  - exp_labels:
                      severity: page
                      owner: checkout-team
                      customer_kind: external
                      customer_segment: shopper
                      journey: checkout
                      burn_window: 6h
                      job: storefront
                      cx_touchpoint: checkout.place-order
                      cx_promise: fast
                    exp_annotations:
                      summary: 'checkout.place-order is breaking its promise "fast" to external shopper 6 times faster than its 99.5%% objective allows'
                      description: 'Over the last 6h and 30m, more than 6 × 0.005 of the calls of checkout.place-order broke "fast" (within 300ms): at this rate the 28-day error budget is gone in 5 days.'
        """.formatted(rules));

    assertThat(promtool.testRules(tests)).contains("SUCCESS");
  }
}
