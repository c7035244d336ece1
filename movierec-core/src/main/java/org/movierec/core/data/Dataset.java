package org.movierec.core.data;

import java.util.List;
import java.util.Map;

/**
 * A data set as read from a release: its movies, its ratings (over dense indices of the ratings'
 * user and movie ids), its tags and, where the release has them, user demographics.
 *
 * @param name a short name such as "ml-100k" or the folder name for generic data
 * @param format the release format it was read as
 */
public record Dataset(String name, String format, Catalog catalog, RatingMatrix ratings, List<Tag> tags,
        Map<Integer, UserInfo> users) {
    public Dataset {
        tags = List.copyOf(tags);
        users = Map.copyOf(users);
    }
}
