/**
 * What signed-in people do besides rating, and what the app learns from it: the implicit signals folded
 * into recommendations ({@link org.movierec.app.behaviour.BehaviourSignals}), recommendations that record
 * their impressions and A/B experiment arms ({@link org.movierec.app.behaviour.PersonalRecommender}), events
 * ({@link org.movierec.app.behaviour.EventRecorder}) and the online metrics computed from them
 * ({@link org.movierec.app.behaviour.OnlineMetrics}). Tables in docs/DATABASE.md, pages in docs/WEB.md.
 */
package org.movierec.app.behaviour;
