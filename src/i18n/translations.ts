/**
 * UI strings in every supported language but English, written the way news sites in each
 * language phrase them. Loaded on demand by elements imported one by one (a page of English
 * cards never downloads them) and at once by the full bundle and the server renderer; see
 * `messages.ts`.
 *
 * `updated` receives either a relative time ("2 hours ago") or an absolute date ("3 December
 * 2021"). Where a language needs a different preposition for the two (fr "il y a …" / "le …",
 * de "vor …" / "am …"), the label is followed by a colon, the usual form of a news dateline,
 * so one phrasing reads correctly with both.
 */
import type { SupportedLanguage } from './lang.js';
import type { Messages } from './messages.js';

/**
 * Wraps a left-to-right value (an agency name, a key chord) in first-strong isolate marks so
 * that its punctuation cannot reorder the surrounding right-to-left sentence.
 */
const isolate = (value: string): string => `\u2068${value}\u2069`;

/** French puts a no-break space before a colon. */
const frColon = '\u00a0:';

const fr: Messages = {
  share: 'Partager',
  shareArticle: 'Partager cet article',
  copyToClipboard: 'Copier dans le presse-papiers',
  copied: 'Copié',
  copyFailed: (keys) => `Appuyez sur ${keys} pour copier`,
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  embedCode: 'Code d’intégration',
  embedHint: 'Copiez et collez le code ci-dessous pour intégrer cet article',
  close: 'Fermer',
  email: 'E-mail',
  youMightAlsoLike: 'À lire aussi',
  updated: (time) => `Mis à jour${frColon} ${time}`,
  credit: (name) => `Crédit${frColon} ${name}`,
  video: 'Vidéo',
  live: 'En direct',
  gallery: 'Diaporama',
  loading: 'Chargement…',
  unavailable: 'Cet article n’est plus disponible',
  imageUnavailable: 'Image indisponible',
  openInNewTab: '(s’ouvre dans un nouvel onglet)',
};

const de: Messages = {
  share: 'Teilen',
  shareArticle: 'Artikel teilen',
  copyToClipboard: 'In die Zwischenablage kopieren',
  copied: 'Kopiert',
  // German keyboards label the control key "Strg".
  copyFailed: (keys) => `Zum Kopieren ${keys.replace(/\bCtrl\b/, 'Strg')} drücken`,
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert',
  embedCode: 'Code zum Einbetten',
  embedHint: 'Kopieren Sie den folgenden Code, um den Artikel einzubetten',
  close: 'Schließen',
  email: 'E-Mail',
  youMightAlsoLike: 'Das könnte Sie auch interessieren',
  updated: (time) => `Aktualisiert: ${time}`,
  credit: (name) => `Foto: ${name}`,
  video: 'Video',
  live: 'Live',
  gallery: 'Bildergalerie',
  loading: 'Wird geladen…',
  unavailable: 'Dieser Artikel ist nicht mehr verfügbar',
  imageUnavailable: 'Bild nicht verfügbar',
  openInNewTab: '(öffnet in neuem Tab)',
};

/** Spanish as written in Spain (CLDR's `es`); Latin American forms are below. */
const es: Messages = {
  share: 'Compartir',
  shareArticle: 'Compartir este artículo',
  copyToClipboard: 'Copiar al portapapeles',
  copied: 'Copiado',
  copyFailed: (keys) => `Pulsa ${keys} para copiar`,
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  embedCode: 'Código para insertar',
  embedHint: 'Copia y pega el código de abajo para insertar este artículo',
  close: 'Cerrar',
  email: 'Correo electrónico',
  youMightAlsoLike: 'También te puede interesar',
  updated: (time) => `Actualizado: ${time}`,
  credit: (name) => `Foto: ${name}`,
  video: 'Vídeo',
  live: 'En directo',
  gallery: 'Galería',
  loading: 'Cargando…',
  unavailable: 'Este artículo ya no está disponible',
  imageUnavailable: 'Imagen no disponible',
  openInNewTab: '(se abre en una pestaña nueva)',
};

const it: Messages = {
  share: 'Condividi',
  shareArticle: 'Condividi questo articolo',
  copyToClipboard: 'Copia negli appunti',
  copied: 'Copiato',
  copyFailed: (keys) => `Premi ${keys} per copiare`,
  copyLink: 'Copia link',
  linkCopied: 'Link copiato',
  embedCode: 'Codice da incorporare',
  embedHint: 'Copia e incolla il codice qui sotto per incorporare l’articolo',
  close: 'Chiudi',
  email: 'Email',
  youMightAlsoLike: 'Potrebbe interessarti anche',
  updated: (time) => `Aggiornato: ${time}`,
  credit: (name) => `Foto: ${name}`,
  video: 'Video',
  live: 'In diretta',
  gallery: 'Fotogallery',
  loading: 'Caricamento…',
  unavailable: 'Questo articolo non è più disponibile',
  imageUnavailable: 'Immagine non disponibile',
  openInNewTab: '(si apre in una nuova scheda)',
};

/** Brazilian Portuguese (CLDR's `pt`); European forms are below. */
const pt: Messages = {
  share: 'Compartilhar',
  shareArticle: 'Compartilhar este artigo',
  copyToClipboard: 'Copiar para a área de transferência',
  copied: 'Copiado',
  copyFailed: (keys) => `Pressione ${keys} para copiar`,
  copyLink: 'Copiar link',
  linkCopied: 'Link copiado',
  embedCode: 'Código de incorporação',
  embedHint: 'Copie e cole o código abaixo para incorporar este artigo',
  close: 'Fechar',
  email: 'E-mail',
  youMightAlsoLike: 'Você também pode gostar',
  updated: (time) => `Atualizado: ${time}`,
  credit: (name) => `Foto: ${name}`,
  video: 'Vídeo',
  live: 'Ao vivo',
  gallery: 'Galeria',
  loading: 'Carregando…',
  unavailable: 'Este artigo não está mais disponível',
  imageUnavailable: 'Imagem indisponível',
  openInNewTab: '(abre em uma nova aba)',
};

const ru: Messages = {
  share: 'Поделиться',
  shareArticle: 'Поделиться статьёй',
  copyToClipboard: 'Скопировать в буфер обмена',
  copied: 'Скопировано',
  copyFailed: (keys) => `Нажмите ${keys}, чтобы скопировать`,
  copyLink: 'Скопировать ссылку',
  linkCopied: 'Ссылка скопирована',
  embedCode: 'Код для вставки',
  embedHint: 'Скопируйте код ниже, чтобы встроить статью на свой сайт',
  close: 'Закрыть',
  email: 'Эл. почта',
  youMightAlsoLike: 'Вам может быть интересно',
  updated: (time) => `Обновлено ${time}`,
  credit: (name) => `Фото: ${name}`,
  video: 'Видео',
  live: 'Онлайн',
  gallery: 'Фотогалерея',
  loading: 'Загрузка…',
  unavailable: 'Эта статья больше недоступна',
  imageUnavailable: 'Изображение недоступно',
  openInNewTab: '(откроется в новой вкладке)',
};

const uk: Messages = {
  share: 'Поділитися',
  shareArticle: 'Поділитися статтею',
  copyToClipboard: 'Скопіювати в буфер обміну',
  copied: 'Скопійовано',
  copyFailed: (keys) => `Натисніть ${keys}, щоб скопіювати`,
  copyLink: 'Скопіювати посилання',
  linkCopied: 'Посилання скопійовано',
  embedCode: 'Код для вбудовування',
  embedHint: 'Скопіюйте код нижче, щоб вбудувати статтю на свій сайт',
  close: 'Закрити',
  email: 'Ел. пошта',
  youMightAlsoLike: 'Вас також може зацікавити',
  updated: (time) => `Оновлено ${time}`,
  credit: (name) => `Фото: ${name}`,
  video: 'Відео',
  live: 'Наживо',
  gallery: 'Фотогалерея',
  loading: 'Завантаження…',
  unavailable: 'Ця стаття більше недоступна',
  imageUnavailable: 'Зображення недоступне',
  openInNewTab: '(відкриється в новій вкладці)',
};

const pl: Messages = {
  share: 'Udostępnij',
  shareArticle: 'Udostępnij artykuł',
  copyToClipboard: 'Kopiuj do schowka',
  copied: 'Skopiowano',
  copyFailed: (keys) => `Naciśnij ${keys}, aby skopiować`,
  copyLink: 'Kopiuj link',
  linkCopied: 'Skopiowano link',
  embedCode: 'Kod do osadzenia',
  embedHint: 'Skopiuj i wklej poniższy kod, aby osadzić artykuł',
  close: 'Zamknij',
  email: 'E-mail',
  youMightAlsoLike: 'Może cię zainteresować',
  updated: (time) => `Zaktualizowano ${time}`,
  // Polish papers abbreviate the credit: "Fot. PAP".
  credit: (name) => `Fot. ${name}`,
  video: 'Wideo',
  live: 'Na żywo',
  gallery: 'Galeria',
  loading: 'Ładowanie…',
  unavailable: 'Ten artykuł nie jest już dostępny',
  imageUnavailable: 'Zdjęcie niedostępne',
  openInNewTab: '(otwiera się w nowej karcie)',
};

const tr: Messages = {
  share: 'Paylaş',
  shareArticle: 'Bu haberi paylaş',
  copyToClipboard: 'Panoya kopyala',
  copied: 'Kopyalandı',
  copyFailed: (keys) => `Kopyalamak için ${keys} tuşlarına basın`,
  copyLink: 'Bağlantıyı kopyala',
  linkCopied: 'Bağlantı kopyalandı',
  embedCode: 'Yerleştirme kodu',
  embedHint: 'Haberi sitenize yerleştirmek için aşağıdaki kodu kopyalayıp yapıştırın',
  close: 'Kapat',
  email: 'E-posta',
  youMightAlsoLike: 'İlginizi çekebilir',
  // The verb would come last and a date needs a case ending ("… tarihinde güncellendi");
  // Turkish datelines use a label instead.
  updated: (time) => `Güncelleme: ${time}`,
  credit: (name) => `Fotoğraf: ${name}`,
  video: 'Video',
  live: 'Canlı',
  gallery: 'Foto galeri',
  loading: 'Yükleniyor…',
  unavailable: 'Bu haber artık yayında değil',
  imageUnavailable: 'Görsel kullanılamıyor',
  openInNewTab: '(yeni sekmede açılır)',
};

const el: Messages = {
  share: 'Κοινοποίηση',
  shareArticle: 'Κοινοποίηση άρθρου',
  copyToClipboard: 'Αντιγραφή στο πρόχειρο',
  copied: 'Αντιγράφηκε',
  copyFailed: (keys) => `Πατήστε ${keys} για αντιγραφή`,
  copyLink: 'Αντιγραφή συνδέσμου',
  linkCopied: 'Ο σύνδεσμος αντιγράφηκε',
  embedCode: 'Κώδικας ενσωμάτωσης',
  embedHint: 'Αντιγράψτε και επικολλήστε τον παρακάτω κώδικα για να ενσωματώσετε το άρθρο',
  close: 'Κλείσιμο',
  email: 'Email',
  youMightAlsoLike: 'Μπορεί να σας ενδιαφέρει',
  updated: (time) => `Ενημέρωση: ${time}`,
  credit: (name) => `Φωτογραφία: ${name}`,
  video: 'Βίντεο',
  live: 'Ζωντανά',
  gallery: 'Φωτογραφίες',
  loading: 'Φόρτωση…',
  unavailable: 'Αυτό το άρθρο δεν είναι πλέον διαθέσιμο',
  imageUnavailable: 'Η εικόνα δεν είναι διαθέσιμη',
  openInNewTab: '(ανοίγει σε νέα καρτέλα)',
};

const hu: Messages = {
  share: 'Megosztás',
  shareArticle: 'Cikk megosztása',
  copyToClipboard: 'Másolás a vágólapra',
  copied: 'Másolva',
  // "a" (not "az"): both "Ctrl" and "⌘" are read with a leading consonant.
  copyFailed: (keys) => `A másoláshoz nyomja meg a ${keys} billentyűkombinációt`,
  copyLink: 'Link másolása',
  linkCopied: 'Link másolva',
  embedCode: 'Beágyazási kód',
  embedHint: 'A cikk beágyazásához másolja be az alábbi kódot',
  close: 'Bezárás',
  email: 'E-mail',
  youMightAlsoLike: 'Ez is érdekelheti',
  updated: (time) => `Frissítve: ${time}`,
  credit: (name) => `Fotó: ${name}`,
  video: 'Videó',
  live: 'Élő',
  gallery: 'Galéria',
  loading: 'Betöltés…',
  unavailable: 'Ez a cikk már nem érhető el',
  imageUnavailable: 'A kép nem érhető el',
  openInNewTab: '(új lapon nyílik meg)',
};

const ro: Messages = {
  share: 'Distribuie',
  shareArticle: 'Distribuie articolul',
  copyToClipboard: 'Copiază în clipboard',
  copied: 'Copiat',
  copyFailed: (keys) => `Apăsați ${keys} pentru a copia`,
  copyLink: 'Copiază linkul',
  linkCopied: 'Link copiat',
  embedCode: 'Cod de încorporare',
  embedHint: 'Copiați și lipiți codul de mai jos pentru a încorpora articolul',
  close: 'Închide',
  email: 'E-mail',
  youMightAlsoLike: 'Te-ar putea interesa',
  updated: (time) => `Actualizat: ${time}`,
  credit: (name) => `Foto: ${name}`,
  video: 'Video',
  live: 'În direct',
  gallery: 'Galerie foto',
  loading: 'Se încarcă…',
  unavailable: 'Acest articol nu mai este disponibil',
  imageUnavailable: 'Imagine indisponibilă',
  openInNewTab: '(se deschide într-o filă nouă)',
};

const ar: Messages = {
  share: 'مشاركة',
  shareArticle: 'شارك هذا المقال',
  copyToClipboard: 'نسخ إلى الحافظة',
  copied: 'تم النسخ',
  copyFailed: (keys) => `اضغط ${isolate(keys)} للنسخ`,
  copyLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط',
  embedCode: 'رمز التضمين',
  embedHint: 'انسخ الرمز أدناه والصقه لتضمين هذا المقال في موقعك',
  close: 'إغلاق',
  email: 'البريد الإلكتروني',
  youMightAlsoLike: 'قد يعجبك أيضًا',
  updated: (time) => `آخر تحديث: ${time}`,
  credit: (name) => `مصدر الصورة: ${isolate(name)}`,
  video: 'فيديو',
  live: 'مباشر',
  gallery: 'معرض صور',
  loading: 'جارٍ التحميل…',
  unavailable: 'هذا المقال لم يعد متاحًا',
  imageUnavailable: 'الصورة غير متاحة',
  openInNewTab: '(يُفتح في علامة تبويب جديدة)',
};

// Persian joins some compounds with a zero-width non-joiner (U+200C), written as an escape
// so it stays visible in review.
const fa: Messages = {
  share: 'اشتراک\u200cگذاری',
  shareArticle: 'اشتراک\u200cگذاری این مطلب',
  copyToClipboard: 'کپی در کلیپ\u200cبورد',
  copied: 'کپی شد',
  copyFailed: (keys) => `برای کپی، ${isolate(keys)} را فشار دهید`,
  copyLink: 'کپی پیوند',
  linkCopied: 'پیوند کپی شد',
  embedCode: 'کد جاسازی',
  embedHint: 'برای جاسازی این مطلب، کد زیر را کپی کنید و در سایت خود قرار دهید',
  close: 'بستن',
  email: 'ایمیل',
  youMightAlsoLike: 'شاید این\u200cها را هم بپسندید',
  updated: (time) => `به\u200cروزرسانی: ${time}`,
  credit: (name) => `عکس: ${isolate(name)}`,
  video: 'ویدیو',
  live: 'زنده',
  gallery: 'گزارش تصویری',
  loading: 'در حال بارگذاری…',
  unavailable: 'این مطلب دیگر در دسترس نیست',
  imageUnavailable: 'تصویر در دسترس نیست',
  openInNewTab: '(در زبانه\u200cای جدید باز می\u200cشود)',
};

export type TranslatedLanguage = Exclude<SupportedLanguage, 'en'>;

export const translations: Record<TranslatedLanguage, Messages> = {
  fr,
  de,
  es,
  it,
  pt,
  ru,
  uk,
  pl,
  tr,
  el,
  hu,
  ro,
  ar,
  fa,
};

/** Portugal and the other Portuguese-speaking countries outside Brazil. */
export const europeanPortuguese: Messages = {
  ...pt,
  share: 'Partilhar',
  shareArticle: 'Partilhar este artigo',
  copyFailed: (keys) => `Prima ${keys} para copiar`,
  youMightAlsoLike: 'Também lhe pode interessar',
  live: 'Em direto',
  loading: 'A carregar…',
  unavailable: 'Este artigo já não está disponível',
  openInNewTab: '(abre num novo separador)',
};

/** Spanish of the Americas (es-419, es-MX, es-US, …). */
export const latinAmericanSpanish: Messages = {
  ...es,
  copyFailed: (keys) => `Presiona ${keys} para copiar`,
  video: 'Video',
  live: 'En vivo',
};
