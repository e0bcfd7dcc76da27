-- One binary-mode CloudEvent whose data is a real Ditto Protocol twin modify, posted to "/" (the Knative door).
-- Ditto's 204 becomes the sink's 202; the same request against the stand-in gives the baseline.
wrk.method = "POST"
wrk.path = "/"
wrk.body = '{"topic":"org.acme/lamp/things/twin/commands/modify","path":"/attributes/on",'
        .. '"headers":{"correlation-id":"bench"},"value":true}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["ce-specversion"] = "1.0"
wrk.headers["ce-id"] = "bench-1"
wrk.headers["ce-source"] = "/devices/lamp"
wrk.headers["ce-type"] = "org.acme.lamp.changed"

-- Machine-readable summary on the last lines, for run.sh: requests, non-2xx answers, socket errors, percentiles.
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("BENCH requests=%d non2xx=%d socket_errors=%d duration_us=%d\n",
      summary.requests, errors.status, errors.connect + errors.read + errors.write + errors.timeout,
      summary.duration))
  io.write(string.format("BENCH p50_us=%d p99_us=%d p999_us=%d max_us=%d\n",
      latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.max))
end
