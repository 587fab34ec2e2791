package org.claimgraph.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrkResultTest {
    // synthetic output in the load generator's --latency format
    private static final String OUTPUT = """
            Running 15s test @ http://127.0.0.1:40000
              2 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    10.10ms    5.00ms  80.00ms   90.00%
                Req/Sec     1.60k   200.00     2.00k    70.00%
              Latency Distribution
                 50%    9.00ms
                 75%   12.00ms
                 90%   16.00ms
                 99%   31.25ms
              48000 requests in 15.00s, 200.00MB read
              Socket errors: connect 0, read 2, write 0, timeout 1
              Non-2xx or 3xx responses: 4
            Requests/sec:   3200.50
            Transfer/sec:     13.33MB
            """;

    @Test
    void parsesRateP99AndErrors() {
        WrkResult result = WrkResult.parse(OUTPUT);
        assertThat(result).isEqualTo(new WrkResult(48000, 3200.5, 31.25, 7));
        assertThat(result.meets(1000, 50)).isFalse();
        assertThat(result.line()).isEqualTo("3200.5 requests/s, p99 31.25 ms, 7 errors (48000 requests)");
    }

    @Test
    void convertsMicrosecondsAndSeconds() {
        assertThat(WrkResult.parse(OUTPUT.replace("31.25ms", "850.00us")
                .replace("  Socket errors: connect 0, read 2, write 0, timeout 1\n", "")
                .replace("  Non-2xx or 3xx responses: 4\n", ""))).isEqualTo(new WrkResult(48000, 3200.5, 0.85, 0));
        assertThat(WrkResult.parse(OUTPUT.replace("31.25ms", "1.50s")).p99Millis()).isEqualTo(1500.0);
    }

    @Test
    void rejectsOutputWithoutLatencyDistribution() {
        assertThatThrownBy(() -> WrkResult.parse("Requests/sec: 1.0")).hasMessageContaining("99th percentile");
    }
}
