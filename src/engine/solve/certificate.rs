//! The dual certificate: values for the linear program's dual that prove an answer optimal, checked against
//! the problem (see the module documentation of [`super`]).

use super::network::*;
use super::problem::*;

/// Dual values proving a solution optimal, for the weights the solver used (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    /// The perturbed weight of each edge.
    pub weights: Vec<i64>,
    /// One value per left node.
    pub left: Vec<i64>,
    /// One value per right node.
    pub right: Vec<i64>,
    /// One value per group.
    pub group: Vec<i64>,
    /// One value per edge.
    pub edge: Vec<i64>,
}

/// The dual certificate of a solved network. With potentials `p` feasible for the residual network (and a
/// free arc from sink to source), `left = max(0, p(left) − p(source))`, `right = max(0, p(next) − p(right))`
/// (next: its group, or the sink), `group = max(0, p(sink) − p(group))`, and each chosen edge takes what is
/// left of its weight; complementary slackness makes the dual objective equal to the primal one.
pub fn certificate(p: &Problem, net: &Network) -> Certificate {
    // The solved network holds the edges the solver tried; its potentials are feasible for the others too
    // (the solver's last dual check), so they need not be added.
    let pt = feasible_potentials(net, net.pot.clone(), |k| net.arcs[k].cost);
    let (left, right, group) = duals(p, net, &pt);
    let group_of = |j: usize| p.right_group.get(j).copied().flatten().filter(|&g| g < group.len());
    let edge = p
        .edges
        .iter()
        .enumerate()
        .map(|(k, e)| {
            if !net.chosen(k) {
                return 0;
            }
            let y = group_of(e.right).map_or(0, |g| group[g]);
            (net.solver_weight[k] - left[e.left] - right[e.right] - y).max(0)
        })
        .collect();
    Certificate { weights: net.solver_weight.clone(), left, right, group, edge }
}

impl Certificate {
    /// Checks that `s` is feasible for `p`, that the duals are feasible, and that both objectives are equal,
    /// on the perturbed weights recomputed here from `p` (never the weights the certificate carries, so a
    /// solver that used wrong weights cannot certify itself). For the total objective only: covering adds
    /// bonus arcs this linear program does not describe. Returns what is wrong otherwise.
    pub fn check(&self, p: &Problem, s: &Solution) -> Result<(), String> {
        if !p.cover.is_empty() {
            return Err("the certificate describes the total objective only".into());
        }
        let weights = solver_weights(p);
        if self.edge.len() != p.edges.len()
            || self.left.len() != p.left_caps.len()
            || self.right.len() != p.right_caps.len()
            || self.group.len() != p.group_caps.len()
        {
            return Err("the certificate does not fit the problem".into());
        }
        let mut lc = vec![0u32; p.left_caps.len()];
        let mut rc = vec![0u32; p.right_caps.len()];
        let mut gc = vec![0u32; p.group_caps.len()];
        let group_of = |j: usize| p.right_group.get(j).copied().flatten().filter(|&g| g < p.group_caps.len());
        let mut primal: i128 = 0;
        for &k in &s.chosen {
            let e = p.edges.get(k).ok_or(format!("edge {k} does not exist"))?;
            lc[e.left] += 1;
            rc[e.right] += 1;
            if let Some(g) = group_of(e.right) {
                gc[g] += 1;
            }
            primal += i128::from(weights[k]);
        }
        for (i, (&u, &c)) in lc.iter().zip(&p.left_caps).enumerate() {
            if u > c {
                return Err(format!("left node {i} takes {u} edges, more than {c}"));
            }
        }
        for (j, (&u, &c)) in rc.iter().zip(&p.right_caps).enumerate() {
            if u > c {
                return Err(format!("right node {j} takes {u} edges, more than {c}"));
            }
        }
        for (g, (&u, &c)) in gc.iter().zip(&p.group_caps).enumerate() {
            if u > c {
                return Err(format!("group {g} takes {u} edges, more than {c}"));
            }
        }
        if self.left.iter().chain(&self.right).chain(&self.group).chain(&self.edge).any(|&x| x < 0) {
            return Err("a dual value is negative".into());
        }
        for (k, e) in p.edges.iter().enumerate() {
            if e.weight <= 0 {
                continue;
            }
            let y = group_of(e.right).map_or(0, |g| self.group[g]);
            if self.left[e.left] + self.right[e.right] + y + self.edge[k] < weights[k] {
                return Err(format!("edge {k} violates its dual constraint"));
            }
        }
        let cap = |c: &[u32], d: &[i64]| c.iter().zip(d).map(|(&c, &d)| i128::from(c) * i128::from(d)).sum::<i128>();
        let dual = cap(&p.left_caps, &self.left)
            + cap(&p.right_caps, &self.right)
            + cap(&p.group_caps, &self.group)
            + self.edge.iter().map(|&z| i128::from(z)).sum::<i128>();
        if dual != primal {
            return Err(format!("dual objective {dual} differs from primal objective {primal}"));
        }
        Ok(())
    }
}
