package org.scalebench.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The workload API version a {@link Workload} was compiled against, required on every workload
 * class: write {@code @ApiVersion(WorkloadApi.VERSION)}. The compiler copies the constant's value
 * into the class file, so the annotation records the version of the API jar the class was
 * built with, and a rebuild against a newer API updates it by itself. Before anything is launched,
 * scalebench refuses a workload whose version this runtime cannot run ({@link
 * WorkloadApi#incompatibility}), or that has no such annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApiVersion {
  /** {@code MAJOR.MINOR}: always {@link WorkloadApi#VERSION}. */
  String value();
}
