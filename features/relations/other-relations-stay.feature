@relations
Feature: A delink removes one relation and leaves every other
  Delink Related Records "removes the association between two records" (delink page): that one association, from
  both sides, and nothing else. A record related to two parents keeps its other relation. The relation is also read
  from the related record's side: a lead has a Products related list of its own, which the delink page's v2.1 Java
  sample delinks from (docs/evidence.md §3).
  Source: https://www.zoho.com/crm/developer/docs/api/v7/delink.html and .../api/v2.1/delink.html

  Rule: A record linked to two parents keeps its other relation, seen from both sides

    Example: A lead delinked from one of its two products
      Given product P is linked to leads R and S
      And product Q is linked to lead R
      When lead R is delinked from product P
      Then the delink of lead R succeeds
      And product Q is still linked to lead R
      And lead R is no longer linked to product P
      And lead R is still linked to product Q

    Example: Two leads delinked in one call from one of their two products
      Given product P is linked to leads R, S and T
      And product Q is linked to leads R and S
      When leads R and S are delinked from product P in one call
      Then every delink succeeds
      And product P is linked only to lead T
      And product Q is linked only to leads R and S
      And lead R is no longer linked to product P
      And lead S is no longer linked to product P
      And lead S is still linked to product Q
