/**
 * A weighted hybrid (Burke, "Hybrid Recommender Systems: Survey and Experiments", UMUAI 2002) of a
 * collaborative top-N model (implicit ALS by default), content-based filtering and popularity, whose
 * weights follow how much is known: the collaborative weight grows with the user's number of ratings
 * and the movie's, each shrunk as n / (n + shrink) like a Bayesian-average prior, and the rest is
 * split between content and popularity. A new user (few ratings) so gets mostly popular movies that
 * fit the content of what they rated, and a new movie (no ratings) is ranked by content alone, the
 * standard remedy for the item cold start (Schein, Popescul, Ungar and Pennock, "Methods and Metrics
 * for Cold-Start Recommendations", SIGIR 2002). Scores of the parts are z-standardised per request
 * so that they can be added. The defaults (user-shrink, item-shrink, content-share) were chosen on a
 * validation split of ml-100k's training part, never on the test ratings: docs/TOPN.md ("Content and
 * hybrid").
 */
package org.movierec.core.algo.hybrid;
