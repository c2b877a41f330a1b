package com.exzentcg.platform.metrics;

import java.util.Map;

/** One Prometheus sample: metric family, labels (in order) and value. */
public record Sample(String name, Map<String, String> labels, double value) {
}
