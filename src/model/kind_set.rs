//! Kinds chosen, and things counted per kind, indexed by the kind itself (an event's category,
//! a relationship's type): a filter needs no ordered collection for a dozen names, and the
//! first load of a view's page, which filters what the page was written with, carries none.

use super::{Category, RelationshipType};

/// A kind of few values, each with its place in `ALL`, its declared order.
pub trait Kind: Copy + 'static {
    const ALL: &'static [Self];
    fn index(self) -> usize;
}

impl Kind for Category {
    const ALL: &'static [Self] = &Category::ALL;
    fn index(self) -> usize {
        self as usize
    }
}

impl Kind for RelationshipType {
    const ALL: &'static [Self] = &RelationshipType::ALL;
    fn index(self) -> usize {
        self as usize
    }
}

// Every kind has a bit of a `u16` and a place of `KindCounts`.
const _: () = assert!(Category::ALL.len() <= 16 && RelationshipType::ALL.len() <= 16);

/// A set of kinds, iterated in their declared order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindSet<K>(u16, std::marker::PhantomData<K>);

impl<K> Default for KindSet<K> {
    fn default() -> Self {
        KindSet(0, std::marker::PhantomData)
    }
}

impl<K: Kind> KindSet<K> {
    fn bit(kind: K) -> u16 {
        1 << kind.index()
    }

    pub fn contains(self, kind: K) -> bool {
        self.0 & Self::bit(kind) != 0
    }

    pub fn insert(&mut self, kind: K) {
        self.0 |= Self::bit(kind);
    }

    /// Chosen if it was not, no longer if it was.
    pub fn toggle(&mut self, kind: K) {
        self.0 ^= Self::bit(kind);
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = K> {
        K::ALL.iter().copied().filter(move |k| self.contains(*k))
    }
}

impl<K: Kind, const N: usize> From<[K; N]> for KindSet<K> {
    fn from(kinds: [K; N]) -> Self {
        kinds.into_iter().collect()
    }
}

impl<K: Kind> FromIterator<K> for KindSet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(kinds: I) -> Self {
        let mut set = KindSet::default();
        kinds.into_iter().for_each(|k| set.insert(k));
        set
    }
}

/// How many things of each kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindCounts<K>([usize; 16], std::marker::PhantomData<K>);

impl<K> Default for KindCounts<K> {
    fn default() -> Self {
        KindCounts([0; 16], std::marker::PhantomData)
    }
}

impl<K: Kind> KindCounts<K> {
    pub fn get(&self, kind: K) -> usize {
        self.0[kind.index()]
    }

    pub fn add(&mut self, kind: K) {
        self.0[kind.index()] += 1;
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_holds_what_was_put_in_in_declared_order() {
        let mut set = KindSet::from([Category::Strength, Category::Attack]);
        assert!(set.contains(Category::Attack) && !set.contains(Category::Founding));
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Category::Attack, Category::Strength]
        );
        set.toggle(Category::Attack);
        set.toggle(Category::Financing);
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Category::Strength, Category::Financing]
        );
        set.toggle(Category::Strength);
        set.toggle(Category::Financing);
        assert!(set.is_empty());
    }

    #[test]
    fn every_kind_has_a_place_of_its_own() {
        let mut counts = KindCounts::default();
        Category::ALL.into_iter().for_each(|c| counts.add(c));
        counts.add(Category::Financing);
        assert!(Category::ALL[..10].iter().all(|c| counts.get(*c) == 1));
        assert_eq!(counts.get(Category::Financing), 2);
        assert_eq!(counts.total(), 12);
        let types = KindSet::from(RelationshipType::ALL);
        assert!(types.iter().eq(RelationshipType::ALL));
    }
}
