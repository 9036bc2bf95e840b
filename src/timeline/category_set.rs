//! Event categories chosen, and events counted per category, indexed by the category itself:
//! the timeline's filter needs no ordered collection for eleven names (and the timeline's page
//! first load, which filters the written events, carries none).

use crate::model::Category;

/// A set of categories, iterated in their declared order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CategorySet(u16);

impl CategorySet {
    fn bit(category: Category) -> u16 {
        1 << category as u16
    }

    pub fn contains(self, category: Category) -> bool {
        self.0 & Self::bit(category) != 0
    }

    pub fn insert(&mut self, category: Category) {
        self.0 |= Self::bit(category);
    }

    /// Chosen if it was not, no longer if it was.
    pub fn toggle(&mut self, category: Category) {
        self.0 ^= Self::bit(category);
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

impl<const N: usize> From<[Category; N]> for CategorySet {
    fn from(categories: [Category; N]) -> Self {
        let mut set = CategorySet::default();
        categories.into_iter().for_each(|c| set.insert(c));
        set
    }
}

/// How many events of each category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CategoryCounts([usize; Category::ALL.len()]);

impl CategoryCounts {
    pub fn get(&self, category: Category) -> usize {
        self.0[category as usize]
    }

    pub fn add(&mut self, category: Category) {
        self.0[category as usize] += 1;
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
        let mut set = CategorySet::from([Category::Strength, Category::Attack]);
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
    fn every_category_has_a_place_of_its_own() {
        let mut counts = CategoryCounts::default();
        Category::ALL.into_iter().for_each(|c| counts.add(c));
        counts.add(Category::Financing);
        assert!(Category::ALL[..10].iter().all(|c| counts.get(*c) == 1));
        assert_eq!(counts.get(Category::Financing), 2);
        assert_eq!(counts.total(), 12);
    }
}
