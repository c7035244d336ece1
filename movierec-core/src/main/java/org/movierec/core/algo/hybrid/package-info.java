/**
 * A weighted hybrid (Burke, "Hybrid Recommender Systems: Survey and Experiments", UMUAI 2002) of a
 * collaborative top-N model (implicit ALS by default), content-based filtering and popularity, whose
 * weights follow how much is known: the collaborative weight grows with the user's number of ratings
 * and the movie's, each shrunk as n / (n + shrink) like a Bayesian-average prior, and the rest is
 * split between content and popularity. A new user (few ratings) so gets mostly popular movies that
 * fit the content of what they rated, and a new movie (no ratings) is ranked by content alone, the
 * standard remedy for the item cold start (Schein, Popescul, Ungar and Pennock, "Methods and Metrics
 * for Cold-Start Recommendations", SIGIR 2002). Scores of the parts are z-standardised per request
 * so that they can be added. The defaults (user-shrink 10, item-shrink 1, content-share 0.1) are a
 * fixed formula, not fitted per data set; they were chosen on seed-1 splits of ml-100k and
 * ml-latest-small (user-holdout, user-cold:1, user-cold:5), not on the reported seed-42 splits:
 * docs/TOPN.md ("Content and hybrid").
 */
package org.movierec.core.algo.hybrid;
