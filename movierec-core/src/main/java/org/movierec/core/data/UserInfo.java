package org.movierec.core.data;

/**
 * Demographics of a user where the release has them (ml-100k, ml-1m). Gender is "M", "F" or null;
 * age is in years (ml-100k) or the ml-1m age-group code; occupation is the release's label; any of
 * them may be null or 0 when unknown.
 */
public record UserInfo(int id, String gender, int age, String occupation, String zipCode) {
}
