package com.exzentcg.platform.metrics;

import java.util.List;

/** A metric family as Prometheus' text format declares it: name, type, help and its samples. */
public record MetricFamily(String name, String type, String help, List<Sample> samples) {
}
