/**
 * Speed measurements of movierec's own code for {@code movierec bench}: a {@link
 * org.movierec.app.bench.BenchTable} of figures (printed as text, Markdown or JSON) and a {@link
 * org.movierec.app.bench.ResourceMeter} that reads process CPU time, peak heap and garbage collection
 * from the JVM's management beans, so that wall times taken on a shared machine can be read.
 */
package org.movierec.app.bench;
