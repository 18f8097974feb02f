import { RelationTitlesCell as RelationTitlesCell_d05ad557aa97455b41348f479255951a } from '../../../components/RelationTitlesCell'
import { PublishingStatus as PublishingStatus_4f170ac3e9a486a1c232ad658ebe9a1b } from '../../../components/PublishingStatus'
import { RebuildSiteButton as RebuildSiteButton_48443f63bdfdcf00f5e182bcf46e36c9 } from '../../../components/RebuildSiteButton'
import { QuickExitDefault as QuickExitDefault_6755193e8644d995d65604f775d37e84 } from '../../../components/QuickExitDefault'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { ReviewPanel as ReviewPanel_1da3c86072cf835b03a01a473e6bae50 } from '../../../components/Review'
import { LanguageStatus as LanguageStatus_7c7b11807400b6884c7ccaf39f0cbec5 } from '../../../components/LanguageStatus'
import { SlugError as SlugError_d57a4c9fa1d198504576b9fa1bfa051f } from '../../../components/SlugError'
import { FieldSaveError as FieldSaveError_c665d32b5fba2847bc4f5103033fa08f } from '../../../components/FieldSaveError'
import { ReviewActions as ReviewActions_1da3c86072cf835b03a01a473e6bae50 } from '../../../components/Review'
import { PublishButton as PublishButton_111386cb5ab07909d9e2398475065d54 } from '../../../components/PublishButton'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MediaPrivacyNotice as MediaPrivacyNotice_5d4a1bab4dd47d6c419f612601c6e1c6 } from '../../../components/MediaPrivacyNotice'
import { NotificationCell as NotificationCell_4ce12f3c9d4a30c4fcc1639bd90c5c2f } from '../../../components/NotificationCell'
import { Notifications as Notifications_bf4f28abd8b1bcdcfc7fec882e2ed2e1 } from '../../../components/Notifications'
import { WidgetsNavLink as WidgetsNavLink_62073ebac4e0d3fbf6094cc838e1a6ab } from '../../../components/Widgets/WidgetsNavLink'
import { ReviewQueue as ReviewQueue_0a3ae08271ef03452a037534f819af9a } from '../../../components/ReviewQueue'
import { MyReviewRequests as MyReviewRequests_2131db97f5cc54894b4987d5be24ddb6 } from '../../../components/MyReviewRequests'
import { SiteStatus as SiteStatus_b554d51c40ca051cb980537ecf50af1c } from '../../../components/SiteStatus'
import { TranslationTasks as TranslationTasks_e063b212431262bea355567c46fd6469 } from '../../../components/TranslationTasks'
import { AdminLanguage as AdminLanguage_b406fde505a3236b98f62b0dc60acd5d } from '../../../components/AdminLanguage'
import { WidgetsView as WidgetsView_24398c810163182c67af0e02510ec047 } from '../../../components/Widgets/WidgetsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/RelationTitlesCell#RelationTitlesCell": RelationTitlesCell_d05ad557aa97455b41348f479255951a,
  "/components/PublishingStatus#PublishingStatus": PublishingStatus_4f170ac3e9a486a1c232ad658ebe9a1b,
  "/components/RebuildSiteButton#RebuildSiteButton": RebuildSiteButton_48443f63bdfdcf00f5e182bcf46e36c9,
  "/components/QuickExitDefault#QuickExitDefault": QuickExitDefault_6755193e8644d995d65604f775d37e84,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/components/Review#ReviewPanel": ReviewPanel_1da3c86072cf835b03a01a473e6bae50,
  "/components/LanguageStatus#LanguageStatus": LanguageStatus_7c7b11807400b6884c7ccaf39f0cbec5,
  "/components/SlugError#SlugError": SlugError_d57a4c9fa1d198504576b9fa1bfa051f,
  "/components/FieldSaveError#FieldSaveError": FieldSaveError_c665d32b5fba2847bc4f5103033fa08f,
  "/components/Review#ReviewActions": ReviewActions_1da3c86072cf835b03a01a473e6bae50,
  "/components/PublishButton#PublishButton": PublishButton_111386cb5ab07909d9e2398475065d54,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/MediaPrivacyNotice#MediaPrivacyNotice": MediaPrivacyNotice_5d4a1bab4dd47d6c419f612601c6e1c6,
  "/components/NotificationCell#NotificationCell": NotificationCell_4ce12f3c9d4a30c4fcc1639bd90c5c2f,
  "/components/Notifications#Notifications": Notifications_bf4f28abd8b1bcdcfc7fec882e2ed2e1,
  "/components/Widgets/WidgetsNavLink#WidgetsNavLink": WidgetsNavLink_62073ebac4e0d3fbf6094cc838e1a6ab,
  "/components/ReviewQueue#ReviewQueue": ReviewQueue_0a3ae08271ef03452a037534f819af9a,
  "/components/MyReviewRequests#MyReviewRequests": MyReviewRequests_2131db97f5cc54894b4987d5be24ddb6,
  "/components/SiteStatus#SiteStatus": SiteStatus_b554d51c40ca051cb980537ecf50af1c,
  "/components/TranslationTasks#TranslationTasks": TranslationTasks_e063b212431262bea355567c46fd6469,
  "/components/AdminLanguage#AdminLanguage": AdminLanguage_b406fde505a3236b98f62b0dc60acd5d,
  "/components/Widgets/WidgetsView#WidgetsView": WidgetsView_24398c810163182c67af0e02510ec047,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
