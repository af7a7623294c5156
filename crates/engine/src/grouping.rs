//! Grouping statements into claim groups at a threshold, from the prepared neighbour graph.
//!
//! Greedy average linkage: edges are taken from the most to the least similar; two groups
//! merge only when the *average* similarity over all pairs between them (missing pairs
//! count as 0) reaches the threshold times [`LINKAGE`]. One strong pair therefore cannot
//! chain two unrelated groups together, and a group never grows past [`MAX_GROUP`].
//! Regrouping is a single pass over the edges above the threshold, cheap enough for a
//! slider to call while it is dragged.

use crate::similarity::Edge;

/// Share of the threshold the average linkage between two groups must reach to merge.
pub const LINKAGE: f32 = 0.5;
/// Largest group; beyond it a "claim" is a topic.
pub const MAX_GROUP: usize = 12;

/// Symmetric sparse similarities, for the linkage sums.
#[derive(Debug, Clone, Default)]
pub struct Adjacency {
    /// Per statement: (neighbour, score), sorted by neighbour.
    pub lists: Vec<Vec<(u32, f32)>>,
}

impl Adjacency {
    /// Builds the adjacency of `n` statements from edges.
    pub fn new(n: usize, edges: &[Edge]) -> Self {
        let mut lists = vec![Vec::new(); n];
        for e in edges {
            lists[e.a as usize].push((e.b, e.score));
            lists[e.b as usize].push((e.a, e.score));
        }
        for l in &mut lists {
            l.sort_by_key(|x| x.0);
        }
        Self { lists }
    }

    /// Similarity of two statements, 0 when not neighbours.
    pub fn score(&self, a: usize, b: usize) -> f32 {
        let l = &self.lists[a];
        l.binary_search_by_key(&(b as u32), |x| x.0)
            .map(|i| l[i].1)
            .unwrap_or(0.0)
    }
}

/// The root of `i` in a union-find forest kept as `parent` indices, halving the path on
/// the way (for the few members of one group or the values of one group's conflicts).
pub(crate) fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups statements: returns the groups of two or more members, each sorted, ordered by
/// their first member.
pub fn group(n: usize, edges: &[Edge], adj: &Adjacency, threshold: f32) -> Vec<Vec<usize>> {
    let mut cluster: Vec<u32> = (0..n as u32).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for e in edges {
        if e.score < threshold {
            break; // edges are sorted by descending score
        }
        let (ca, cb) = (
            cluster[e.a as usize] as usize,
            cluster[e.b as usize] as usize,
        );
        if ca == cb || members[ca].len() + members[cb].len() > MAX_GROUP {
            continue;
        }
        let (small, large) = if members[ca].len() <= members[cb].len() {
            (ca, cb)
        } else {
            (cb, ca)
        };
        let mut sum = 0.0;
        for &x in &members[small] {
            for &(y, s) in &adj.lists[x] {
                if cluster[y as usize] as usize == large {
                    sum += s;
                }
            }
        }
        let pairs = (members[small].len() * members[large].len()) as f32;
        if sum / pairs < threshold * LINKAGE {
            continue;
        }
        let moved = std::mem::take(&mut members[small]);
        for &x in &moved {
            cluster[x] = large as u32;
        }
        members[large].extend(moved);
    }
    let mut groups: Vec<Vec<usize>> = members.into_iter().filter(|m| m.len() >= 2).collect();
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by_key(|g| g[0]);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(a: u32, b: u32, score: f32) -> Edge {
        Edge { a, b, score }
    }

    #[test]
    fn group_empty_and_identical() {
        assert!(group(0, &[], &Adjacency::new(0, &[]), 0.3).is_empty());
        let edges = [e(0, 1, 1.0)];
        assert_eq!(
            group(2, &edges, &Adjacency::new(2, &edges), 0.3),
            [vec![0, 1]]
        );
    }

    #[test]
    fn group_threshold_moves_grouping() {
        let edges = [e(0, 1, 0.8), e(2, 3, 0.4)];
        let adj = Adjacency::new(4, &edges);
        assert_eq!(group(4, &edges, &adj, 0.3).len(), 2);
        assert_eq!(group(4, &edges, &adj, 0.5).len(), 1);
        assert_eq!(group(4, &edges, &adj, 0.9).len(), 0);
    }

    #[test]
    fn group_does_not_chain() {
        // 0-1 strong, 1-2 strong, 2-3 strong, but 0 and 3 unrelated: a chain.
        let edges = [e(0, 1, 0.9), e(2, 3, 0.9), e(1, 2, 0.5)];
        let adj = Adjacency::new(4, &edges);
        let g = group(4, &edges, &adj, 0.4);
        assert_eq!(
            g,
            [vec![0, 1], vec![2, 3]],
            "average linkage 0.125 < 0.2 must not merge"
        );
    }

    #[test]
    fn group_size_is_capped() {
        let mut edges = Vec::new();
        for a in 0..30u32 {
            for b in a + 1..30 {
                edges.push(e(a, b, 0.9));
            }
        }
        let adj = Adjacency::new(30, &edges);
        let g = group(30, &edges, &adj, 0.3);
        assert!(g.iter().all(|g| g.len() <= MAX_GROUP), "{g:?}");
        // Thirty statements all alike fill groups to the cap: the cap is what stops them.
        assert!(g.iter().any(|g| g.len() == MAX_GROUP), "{g:?}");
        assert_eq!(
            g.iter().map(Vec::len).sum::<usize>(),
            30,
            "everyone is grouped"
        );
    }
}
