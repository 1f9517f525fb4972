@relations @errors
Feature: Relations outside the supported list are refused
  Only the relations listed on the delink page can be delinked. Zoho answers a related list that exists but is
  not supported with INVALID_MODULE, "the module name given seems to be invalid" (seen on the wire when removing
  an Account-Contact relation, rikas/zoho_hub#77).

  Rule: A related list that is not in the supported list is refused as an invalid module

    Example: Contacts cannot be delinked from an account
      Given account K exists
      And contact A exists
      When contact A is delinked from account K
      Then the call is rejected with INVALID_MODULE
      And account K and contact A still exist

  @assumed
  Rule: Appointments and Services do not exist before v3
    The v2.1 page lists neither the relation nor the modules; what v2.1 answers is not documented.

    @api-v2.1
    Example: Delinking a service from an appointment on v2.1
      When a service is delinked from an appointment
      Then the call is rejected with INVALID_MODULE

  @assumed
  Rule: Only the listed direction of Appointments to Services is supported
    The reverse direction is not documented (zoho-api.md, unknown 8).

    @api-v7 @api-v8
    Example: An appointment cannot be delinked from a service
      Given service S exists
      And appointment P exists
      When appointment P is delinked from service S
      Then the call is rejected with INVALID_MODULE

  @assumed
  Rule: A related list name that does not exist is invalid data
    Get Related Records documents INVALID_DATA "the relation name given seems to be invalid" for this; the
    delink page does not say.

    Example: Delinking through a related list that does not exist
      Given campaign C is linked to contact A
      When contact A is delinked from campaign C through a related list that does not exist
      Then the call is rejected with INVALID_DATA_RELATION_NAME
      And campaign C is still linked to contact A
