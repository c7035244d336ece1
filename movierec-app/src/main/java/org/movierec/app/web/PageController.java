package org.movierec.app.web;

/** Marks the controllers that render pages, so page-only advice (layout model, error pages) leaves the API alone. */
public interface PageController {
}
