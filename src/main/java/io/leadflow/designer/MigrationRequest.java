package io.leadflow.designer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Optional canary: migrate only this share of the movable instances (1-100 %); all when absent. */
record MigrationRequest(@Min(1) @Max(100) Integer canaryPercent) {}
