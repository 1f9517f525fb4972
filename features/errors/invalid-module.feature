@errors
Feature: Modules the API does not know or does not support
  Delink page, Possible Errors:
  INVALID_MODULE, HTTP 400, "The module name given seems to be invalid": an invalid module name, no tab
  permission, or a removed module. On the wire the message is lower-case (rikas/zoho_hub#77).
  INVALID_MODULE, HTTP 400, "The given module is not supported in API": "The modules such as Documents and
  Projects are not supported in the current API."

  Rule: A module name the org does not have is invalid

    Example: Delinking from a record of a module that does not exist
      Given contact A exists
      When contact A is delinked from a record of a module that does not exist
      Then the call is rejected with INVALID_MODULE

  Rule: Documents and Projects are not supported in the API

    Scenario Outline: Delinking from a record of the <module> module
      Given contact A exists
      When contact A is delinked from a record of the "<module>" module
      Then the call is rejected with INVALID_MODULE_NOT_SUPPORTED

      Examples:
        | module    |
        | Documents |
        | Projects  |
