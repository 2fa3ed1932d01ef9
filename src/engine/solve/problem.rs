//! The problem the solver takes (integer-weighted edges between municipalities and communities, with their
//! capacities and capacity groups), its answer, and the weights the solver works with: each edge's score
//! made unique by a tie-break on id ranks and pair order, and a bonus for every community covered.

/// One candidate edge between a left node (municipality) and a right node (community).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    /// Left node index.
    pub left: usize,
    /// Right node index.
    pub right: usize,
    /// Weight (score); only positive weights can be chosen.
    pub weight: i64,
}

/// A b-matching problem.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problem {
    /// How many edges each left node may take.
    pub left_caps: Vec<u32>,
    /// How many edges each right node may take.
    pub right_caps: Vec<u32>,
    /// Candidate edges, in the order that breaks ties (earlier is preferred).
    pub edges: Vec<Edge>,
    /// The capacity group of each right node (empty: no groups; `None`: the node is in no group).
    pub right_group: Vec<Option<usize>>,
    /// How many edges each group may take in all.
    pub group_caps: Vec<u32>,
    /// Coverage first: the right nodes marked `true` here count, and the assignment has the largest number
    /// of them with at least one edge, then, among those, the largest total weight (lexicographic and exact:
    /// each such node's first edge earns a bonus larger than any total weight, [`cover_bonus`]). Empty: the
    /// largest total weight only.
    pub cover: Vec<bool>,
}

/// The bonus of a right node's first edge when covering: one more than the sum of all positive weights, so
/// that covering one more right node is worth more than any total weight. Saturates (a problem whose
/// weights sum beyond `i64` is refused by the caller's size checks long before).
pub fn cover_bonus(p: &Problem) -> i64 {
    p.edges.iter().fold(1i64, |all, e| all.saturating_add(e.weight.max(0)))
}

/// The chosen edges and their total weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    /// Indexes into `Problem::edges`, ascending.
    pub chosen: Vec<usize>,
    /// Sum of the chosen edges' weights.
    pub objective: i64,
}

/// The tie-break term of edge `(left, right)`: `(L − left) · (R − right)`. It is not a sum of a left and a
/// right part, so swapping partners between two pairs always changes it: `(a − b)(c − d) ≠ 0`.
pub(super) fn tie_break(p: &Problem, e: &Edge) -> i64 {
    (p.left_caps.len() - e.left) as i64 * (p.right_caps.len() - e.right) as i64
}

/// The multiplier `M`: larger than any sum of tie-break terms of one assignment, or 1 (no tie-break) when
/// the perturbed weights would not fit comfortably in `i64`.
pub(super) fn perturbation(p: &Problem) -> i64 {
    let (nl, nr) = (p.left_caps.len() as i128, p.right_caps.len() as i128);
    let flow = (p.left_caps.iter().map(|&c| i128::from(c)).sum::<i128>()).min(p.edges.len() as i128);
    let m = flow * nl * nr + 1;
    let max_w = i128::from(p.edges.iter().map(|e| e.weight).max().unwrap_or(0).max(1));
    // Covering adds a bonus on each right node's first edge: paths cost up to that much more per unit.
    let max_w = if p.cover.is_empty() { max_w } else { max_w + i128::from(cover_bonus(p)) };
    // Every path cost is at most (flow + 2) · (max weight · M + M).
    let bound = (max_w + 1) * m * (flow + 2);
    if bound < i128::from(i64::MAX) / 4 {
        m as i64
    } else {
        1
    }
}

/// The weight the solver uses for each edge: `weight · M + tie_break` (see the module documentation), or 0
/// for edges that can never be chosen.
pub(super) fn solver_weights(p: &Problem) -> Vec<i64> {
    let m = perturbation(p);
    let (nl, nr) = (p.left_caps.len(), p.right_caps.len());
    p.edges
        .iter()
        .map(|e| {
            if e.left >= nl || e.right >= nr || e.weight <= 0 {
                0
            } else if m > 1 {
                e.weight * m + tie_break(p, e)
            } else {
                e.weight
            }
        })
        .collect()
}
