// dayjs (antd's date pickers, relative times) speaks the console's language. Imported by the
// shell layout, so the login page does not download dayjs.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { currentLanguage, i18n, type Language } from '@/i18n';

const DAYJS_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

const apply = () => dayjs.locale(DAYJS_LOCALE[currentLanguage()]);
apply();
i18n.on('languageChanged', apply);
