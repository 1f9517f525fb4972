@relations @api-v2.1
Feature: On v2.1, deals also go by their legacy name, Potentials
  The v2.1 delink page lists the supported relations as "Products - to - Leads, Accounts, Contacts, Potentials,
  Price Books". Potentials is the legacy name of Deals, whose API name is Deals (docs/evidence.md §3). Clients
  written against the page's words send Potentials; that the URL takes it is inferred, not documented.
  Source: https://www.zoho.com/crm/developer/docs/api/v2.1/delink.html

  @assumed
  Rule: A deal is delinked from its product through the legacy name

    Example: Delinking one deal from its product through the legacy name Potentials
      Given product P is linked to deals R and S
      When deal R is delinked from product P through the legacy name Potentials
      Then the delink of deal R succeeds
      And product P is linked only to deal S

    Example: Delinking two deals from their product in one call through the legacy name Potentials
      Given product P is linked to deals R, S and T
      When deals R and S are delinked from product P in one call through the legacy name Potentials
      Then every delink succeeds
      And product P is linked only to deal T
